package io.synergy.compiler.golden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * One golden case under {@code diagnostics/<area>/}: a file {@code <case>.synergy}, or a folder
 * {@code <case>/} whose {@code .synergy} files are compiled together in name order; either way the
 * expected text output is {@code <case>.expected} beside it.
 *
 * @param name the case's path under the root without extension, such as {@code syntax/stray}
 * @param inputs the files to compile, in order
 * @param expected where the expected output is (it may not exist yet)
 */
record GoldenCase(String name, List<Path> inputs, Path expected) {
  static final String INPUT = ".synergy";
  static final String EXPECTED = ".expected";

  GoldenCase {
    inputs = List.copyOf(inputs);
  }

  /**
   * Every case under {@code root}, area by area and case by case in name order. Anything that is
   * neither a case nor a case's expected output is reported in {@code problems}, as is an expected
   * output whose case is gone.
   */
  static List<GoldenCase> find(Path root, List<String> problems) {
    List<GoldenCase> cases = new ArrayList<>();
    for (Path area : list(root)) {
      if (!Files.isDirectory(area)) {
        if (!area.getFileName().toString().equals("README.md")) {
          problems.add(relative(root, area) + ": put cases in an area folder, such as `syntax/`");
        }
        continue;
      }
      Set<String> stems = new TreeSet<>();
      for (Path entry : list(area)) {
        String file = entry.getFileName().toString();
        if (Files.isDirectory(entry)) {
          List<Path> inputs = list(entry).stream().filter(GoldenCase::isInput).toList();
          if (inputs.isEmpty()) {
            problems.add(relative(root, entry) + "/: a multi-file case needs `.synergy` files");
            continue;
          }
          cases.add(of(root, entry, inputs));
          stems.add(file);
        } else if (isInput(entry)) {
          cases.add(of(root, entry, List.of(entry)));
          stems.add(stem(file));
        }
      }
      for (Path entry : list(area)) {
        String file = entry.getFileName().toString();
        if (file.endsWith(EXPECTED) && !stems.contains(stem(file))) {
          problems.add(
              relative(root, entry) + ": no case `" + stem(file) + "` beside it; delete it");
        }
      }
    }
    return cases;
  }

  private static GoldenCase of(Path root, Path entry, List<Path> inputs) {
    boolean folder = Files.isDirectory(entry);
    String file = entry.getFileName().toString();
    Path expected = entry.resolveSibling((folder ? file : stem(file)) + EXPECTED);
    String name = relative(root, entry);
    return new GoldenCase(folder ? name : stem(name), inputs, expected);
  }

  private static boolean isInput(Path p) {
    return Files.isRegularFile(p) && p.getFileName().toString().endsWith(INPUT);
  }

  private static String stem(String file) {
    int dot = file.lastIndexOf('.');
    return dot <= file.lastIndexOf('/') ? file : file.substring(0, dot);
  }

  /** {@code p} relative to {@code root}, with {@code /} between names on every system. */
  static String relative(Path root, Path p) {
    return root.relativize(p).toString().replace('\\', '/');
  }

  private static List<Path> list(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
