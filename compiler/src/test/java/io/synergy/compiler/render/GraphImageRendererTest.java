package io.synergy.compiler.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.synergy.compiler.render.GraphImageRenderer.ImageFormat;
import io.synergy.plan.Plan;
import io.synergy.plan.Process;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * SVG and PNG drawn by Graphviz's {@code dot} through graphviz-java: well-formed, naming every
 * process, and leaving nothing behind in the temporary folder. Needs {@code dot} (see {@link
 * GraphSamples#requireDot}).
 */
class GraphImageRendererTest {
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  static Stream<Path> samples() {
    return GraphSamples.samples();
  }

  /** A parser that reads the SVG without fetching its DTD from the network. */
  private static Document parseXml(byte[] bytes)
      throws ParserConfigurationException, SAXException, IOException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setValidating(false);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    DocumentBuilder builder = factory.newDocumentBuilder();
    return builder.parse(new ByteArrayInputStream(bytes));
  }

  private static Set<Path> graphvizFolders() throws IOException {
    Path temp = Path.of(System.getProperty("java.io.tmpdir"), "GraphvizJava");
    if (!Files.isDirectory(temp)) {
      return new HashSet<>();
    }
    try (Stream<Path> entries = Files.list(temp)) {
      return new HashSet<>(entries.toList());
    }
  }

  @ParameterizedTest
  @MethodSource("samples")
  void render_sampleAsSvg_isWellFormedXmlNamingEveryProcess(Path sample) throws Exception {
    GraphSamples.requireDot();
    Plan plan = GraphSamples.plan(sample);

    byte[] svg = GraphImageRenderer.render(plan, sample.getFileName().toString(), ImageFormat.SVG);

    Document document = parseXml(svg);
    assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
    NodeList texts = document.getElementsByTagNameNS("*", "text");
    Set<String> words = new HashSet<>();
    for (int i = 0; i < texts.getLength(); i++) {
      words.add(texts.item(i).getTextContent().strip());
    }
    for (Process process : plan.processes()) {
      assertThat(words).as("texts of the SVG of %s", sample).contains(process.name());
    }
    assertThat(words).contains("legend", sample.getFileName().toString());
  }

  @Test
  void render_png_isAPngPicture() {
    GraphSamples.requireDot();
    Plan plan = GraphSamples.plan(GraphSamples.sample("site-analytics.synergy"));

    byte[] png = GraphImageRenderer.render(plan, "site-analytics.synergy", ImageFormat.PNG);

    assertThat(png).startsWith(PNG_SIGNATURE);
    ByteBuffer header = ByteBuffer.wrap(png, 16, 8);
    assertThat(header.getInt()).as("width").isGreaterThan(500);
    assertThat(header.getInt()).as("height").isGreaterThan(500);
  }

  @Test
  void render_leavesNoFolderOfGraphvizJavaBehind() throws IOException {
    GraphSamples.requireDot();
    Plan plan = GraphSamples.plan(GraphSamples.sample("ops-freeruns.synergy"));
    Set<Path> before = graphvizFolders();

    GraphImageRenderer.render(plan, "ops", ImageFormat.SVG);
    GraphImageRenderer.render(plan, "ops", ImageFormat.PNG);

    Set<Path> left = graphvizFolders();
    left.removeAll(before);
    assertThat(left).isEmpty();
  }

  @Test
  void findDot_searchPathWithoutIt_findsNothing(@TempDir Path empty) throws IOException {
    Path fake = Files.createDirectory(empty.resolve("bin"));
    Files.writeString(fake.resolve("dot"), "not executable");

    assertThat(GraphImageRenderer.findDot(empty + ":" + fake + "::/nonexistent"))
        .isEqualTo(Optional.empty());
  }

  @Test
  void findDot_searchPathWithIt_findsIt(@TempDir Path dir) throws IOException {
    Path dot = Files.createFile(dir.resolve("dot"));
    assertThat(dot.toFile().setExecutable(true)).isTrue();

    assertThat(GraphImageRenderer.findDot("/nonexistent:" + dir)).contains(dot);
  }
}
