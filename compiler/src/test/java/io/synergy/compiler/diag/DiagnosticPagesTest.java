package io.synergy.compiler.diag;

import static io.synergy.compiler.testing.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.synergy.compiler.Compiler;
import io.synergy.compiler.testing.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every code has a page in {@code docs/diagnostics} whose example gives the code and whose fix
 * compiles clean, and {@code synergyc explain} prints it.
 */
class DiagnosticPagesTest {
  /**
   * Codes whose check is not written yet: the machine checker (SYN300 to SYN304) and unused
   * machines (SYN406). Their pages must exist and their fixes compile clean, but their examples do
   * not give them yet. Remove a code from this set when its check lands; the test fails until then.
   */
  private static final Path PAGES = moduleDir().getParent().resolve("docs").resolve("diagnostics");

  private static Path moduleDir() {
    String basedir = System.getProperty("basedir");
    return (basedir == null ? Path.of("") : Path.of(basedir)).toAbsolutePath();
  }

  @ParameterizedTest
  @EnumSource(Code.class)
  void page_everyCode_hasTitleDescriptionExampleAndFix(Code code) throws IOException {
    Path file = PAGES.resolve(code.name() + ".md");
    assertThat(file).as("the page of %s", code).isRegularFile();
    Page page = Page.parse(Files.readString(file, StandardCharsets.UTF_8));

    assertThat(page.title()).startsWith("# " + code.name() + ": ");
    assertThat(page.title().substring(code.name().length() + 4))
        .as("title of %s", code)
        .isNotBlank();
    assertThat(page.sections().keySet())
        .as("sections of %s", code)
        .startsWith("", "Example", "Fix")
        .isSubsetOf("", "Example", "Fix", "Notes");
    assertThat(page.sections().get("")).as("description of %s", code).isNotBlank();
    assertThat(page.example()).as("example of %s", code).isNotBlank();
    assertThat(page.fix()).as("fix of %s", code).isNotBlank();
  }

  @ParameterizedTest
  @EnumSource(Code.class)
  void example_everyCode_givesThatCodeOnly(Code code) throws IOException {
    List<Diagnostic> diagnostics = compile(page(code).example());
    Set<Code> given = diagnostics.stream().map(Diagnostic::code).collect(Collectors.toSet());
    assertThat(given)
        .as("codes given by the example of %s: %s", code, diagnostics)
        .containsOnly(code);
  }

  @ParameterizedTest
  @EnumSource(Code.class)
  void fix_everyCode_compilesWithoutDiagnostics(Code code) throws IOException {
    assertThat(compile(page(code).fix())).as("diagnostics of the fix of %s", code).isEmpty();
  }

  @Test
  void pages_everyPageFile_isACode() throws IOException {
    Set<String> codes = Arrays.stream(Code.values()).map(Code::name).collect(Collectors.toSet());
    try (Stream<Path> files = Files.list(PAGES)) {
      List<String> pages =
          files
              .map(f -> f.getFileName().toString())
              .filter(n -> n.startsWith("SYN"))
              .map(n -> n.replaceFirst("\\.md$", ""))
              .toList();
      assertThat(pages).as("pages in %s", PAGES).allMatch(codes::contains);
    }
  }

  @Test
  void readme_everyCode_isLinkedWithItsSeverity() throws IOException {
    String index = Files.readString(PAGES.resolve("README.md"), StandardCharsets.UTF_8);
    for (Code code : Code.values()) {
      String severity = code.severity() == Severity.ERROR ? "error" : "warning";
      assertThat(index)
          .contains("| [" + code.name() + "](" + code.name() + ".md) | " + severity + " |");
    }
  }

  @Test
  void explain_code_printsThePageAndExitsZero() throws IOException {
    CliRun run = run("explain", "SYN101");
    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo(Files.readString(PAGES.resolve("SYN101.md")));
    assertThat(run.err()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"syn101", "101", "SYN101"})
  void explain_lowerCaseOrBareNumber_printsThePage(String argument) throws IOException {
    CliRun run = run("explain", argument);
    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("# SYN101: ");
  }

  @ParameterizedTest
  @EnumSource(Code.class)
  void explain_everyCode_printsItsPage(Code code) throws IOException {
    CliRun run = run("explain", code.name());
    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo(Files.readString(PAGES.resolve(code.name() + ".md")));
  }

  @Test
  void explain_unknownCode_exitsTwoWithAMessage() {
    CliRun run = run("explain", "SYN999");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("unknown diagnostic code `SYN999`");
  }

  private static Page page(Code code) throws IOException {
    return Page.parse(Files.readString(PAGES.resolve(code.name() + ".md"), StandardCharsets.UTF_8));
  }

  private static List<Diagnostic> compile(String plan) {
    return Compiler.compile(List.of(new SourceFile("example.synergy", plan)))
        .diagnostics()
        .diagnostics();
  }

  /**
   * A diagnostic page: its title line, and the text of each {@code ## } section in order (the
   * description before the first section under the key {@code ""}).
   */
  record Page(String title, Map<String, String> sections) {
    static Page parse(String text) {
      List<String> lines = text.lines().toList();
      Map<String, String> sections = new LinkedHashMap<>();
      String heading = "";
      List<String> body = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        if (line.startsWith("## ")) {
          sections.put(heading, String.join("\n", body));
          heading = line.substring(3).trim();
          body = new ArrayList<>();
        } else {
          body.add(line);
        }
      }
      sections.put(heading, String.join("\n", body));
      return new Page(lines.isEmpty() ? "" : lines.get(0), sections);
    }

    String example() {
      return synergyBlock("Example");
    }

    String fix() {
      return synergyBlock("Fix");
    }

    /** The one {@code ```synergy} block of a section, or "" when it has none or several. */
    private String synergyBlock(String section) {
      List<String> blocks = new ArrayList<>();
      StringBuilder block = null;
      for (String line : sections.getOrDefault(section, "").lines().toList()) {
        if (block == null && line.equals("```synergy")) {
          block = new StringBuilder();
        } else if (block != null && line.equals("```")) {
          blocks.add(block.toString());
          block = null;
        } else if (block != null) {
          block.append(line).append('\n');
        }
      }
      return blocks.size() == 1 && block == null ? blocks.get(0) : "";
    }
  }
}
