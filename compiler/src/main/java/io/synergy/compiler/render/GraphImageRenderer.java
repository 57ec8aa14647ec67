package io.synergy.compiler.render;

import guru.nidi.graphviz.engine.EngineResult;
import guru.nidi.graphviz.engine.Graphviz;
import guru.nidi.graphviz.engine.GraphvizCmdLineEngine;
import guru.nidi.graphviz.engine.GraphvizException;
import guru.nidi.graphviz.engine.Rasterizer;
import guru.nidi.graphviz.model.MutableGraph;
import io.synergy.plan.Plan;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * Renders the picture of a plan to SVG or PNG with graphviz-java's command-line engine over
 * Graphviz's {@code dot} (DEPENDENCIES.md: its JavaScript engines are left out). graphviz-java
 * works in folders under {@code GraphvizJava} in the system temporary folder and never removes
 * them; this class removes the one each rendering made, and the parent folder once it is empty.
 */
public final class GraphImageRenderer {
  /** The image formats, by the {@code dot -T} name. */
  public enum ImageFormat {
    SVG,
    PNG;

    String dotName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** The resolution of PNG pictures: sharp on high-density screens, still small. */
  private static final int PNG_DPI = 144;

  private static final Object LOCK = new Object();
  private static boolean engineReady;

  private GraphImageRenderer() {}

  /** Where {@code dot} is on the search path ({@code PATH}), if anywhere. */
  public static Optional<Path> findDot(String searchPath) {
    for (String dir : searchPath.split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      try {
        Path candidate = Path.of(dir, "dot");
        if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      } catch (java.nio.file.InvalidPathException e) {
        // A malformed entry of PATH names no program.
      }
    }
    return Optional.empty();
  }

  /**
   * The plan's picture in {@code format}; {@code dot} must be on {@code PATH} (see {@link
   * #findDot}).
   */
  public static byte[] render(Plan plan, String title, ImageFormat format) {
    MutableGraph graph = DotRenderer.graph(plan, title);
    if (format == ImageFormat.PNG) {
      graph.graphAttrs().add("dpi", PNG_DPI);
    }
    synchronized (LOCK) {
      useCommandLineEngine();
      try {
        return renderOnce(graph, format);
      } catch (GraphvizException e) {
        if (!(e.getCause() instanceof NoSuchFileException)) {
          throw e;
        }
        // Another synergyc removed the empty temporary folder between our creating it and
        // graphviz-java using it: once more.
        return renderOnce(graph, format);
      }
    }
  }

  private static void useCommandLineEngine() {
    if (!engineReady) {
      Graphviz.useEngine(new GraphvizCmdLineEngine().timeout(2, TimeUnit.MINUTES));
      engineReady = true;
    }
  }

  /**
   * One run of {@code dot}. The engine leaves the picture in a file of its folder; the
   * post-processor reads it and notes the folder, and hands graphviz-java a placeholder text in its
   * stead (graphviz-java deletes the picture file, but not its folder, once it is consumed).
   */
  private static byte[] renderOnce(MutableGraph graph, ImageFormat format) {
    Path temp = Path.of(System.getProperty("java.io.tmpdir"), "GraphvizJava");
    Set<Path> before = createAndList(temp);
    AtomicReference<Path> folder = new AtomicReference<>();
    AtomicReference<byte[]> picture = new AtomicReference<>();
    try {
      String unused =
          Graphviz.fromGraph(graph)
              .postProcessor(
                  (result, options, processOptions) ->
                      result.map(
                          file -> {
                            folder.set(file.toPath().getParent());
                            picture.set(readAll(file.toPath()));
                            return EngineResult.fromString("");
                          },
                          EngineResult::fromString))
              .rasterize(Rasterizer.builtIn(format.dotName()))
              .toString();
      if (picture.get() == null) {
        throw new IllegalStateException("dot made no " + format + " picture");
      }
      return picture.get();
    } finally {
      cleanUp(temp, folder.get(), before);
    }
  }

  private static byte[] readAll(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<Path> createAndList(Path temp) {
    try {
      Files.createDirectories(temp);
      return list(temp);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Removes the folder the rendering made; when it failed before saying which, every folder that
   * appeared under {@code temp} meanwhile. Then {@code temp} itself, unless another rendering is
   * using it.
   */
  private static void cleanUp(Path temp, Path made, Set<Path> before) {
    Set<Path> doomed = new HashSet<>();
    if (made != null && made.startsWith(temp)) {
      doomed.add(made);
    } else {
      Set<Path> after = list(temp);
      after.removeAll(before);
      after.stream()
          .filter(p -> p.getFileName().toString().startsWith("DotEngine"))
          .forEach(doomed::add);
    }
    doomed.forEach(GraphImageRenderer::deleteTree);
    try {
      Files.deleteIfExists(temp);
    } catch (DirectoryNotEmptyException e) {
      // Another rendering is at work in it, or an older one left something: not ours to remove.
    } catch (IOException e) {
      // Cleaning up is a courtesy; the picture is made.
    }
  }

  private static Set<Path> list(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return new HashSet<>(entries.toList());
    } catch (IOException e) {
      return new HashSet<>();
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> entries = Files.walk(dir)) {
      entries.sorted(Comparator.reverseOrder()).forEach(GraphImageRenderer::deleteQuietly);
    } catch (IOException e) {
      // Already gone, or not ours to read.
    }
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      // Left behind; the next cleanup of graphviz-java (after three days) removes it.
    }
  }
}
