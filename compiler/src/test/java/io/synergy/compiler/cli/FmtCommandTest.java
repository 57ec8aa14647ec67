package io.synergy.compiler.cli;

import static io.synergy.compiler.testing.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.synergy.compiler.testing.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code synergyc fmt} in process: the formatted text on stdout, {@code --check} (exit 0 or 1 and
 * the files not formatted), {@code -w} (rewrites atomically, leaves formatted files and files with
 * syntax errors alone), exit 2 for unreadable files and misuse.
 */
class FmtCommandTest {
  private static final String MESSY = "process p {period daily\n   run \"bin/p\"   }\n";
  private static final String TIDY =
      """
      process p {
          period  daily
          run     "bin/p"
      }
      """;
  private static final String BROKEN = "process p { period daily run \"bin/p\" \n";

  @TempDir Path dir;

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  @Test
  void fmt_file_printsTheFormattedTextAndLeavesTheFileAlone() throws IOException {
    Path messy = file("messy.synergy", MESSY);

    CliRun run = run("fmt", messy.toString());

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo(TIDY);
    assertThat(read(messy)).isEqualTo(MESSY);
  }

  @Test
  void fmt_severalFiles_printsEachInTheOrderGiven() throws IOException {
    Path a = file("a.synergy", "tree a{x}");
    Path b = file("b.synergy", MESSY);

    CliRun run = run("fmt", b.toString(), a.toString());

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo(TIDY + "tree a { x }\n");
  }

  @Test
  void fmtCheck_formattedFiles_exitsZeroAndPrintsNothing() throws IOException {
    Path tidy = file("tidy.synergy", TIDY);
    Path empty = file("empty.synergy", "");

    CliRun run = run("fmt", "--check", tidy.toString(), empty.toString());

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEmpty();
  }

  @Test
  void fmtCheck_unformattedFiles_exitsOneAndNamesEachOnStderr() throws IOException {
    Path messy = file("messy.synergy", MESSY);
    Path tidy = file("tidy.synergy", TIDY);
    Path crlf = file("crlf.synergy", TIDY.replace("\n", "\r\n"));

    CliRun run = run("fmt", "--check", messy.toString(), tidy.toString(), crlf.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines())
        .containsExactly(messy + " is not formatted", crlf + " is not formatted");
    assertThat(read(messy)).isEqualTo(MESSY);
  }

  @Test
  void fmtCheck_byteOrderMark_isNotFormatted() throws IOException {
    Path bom = file("bom.synergy", "\uFEFF" + TIDY);

    CliRun run = run("fmt", "--check", bom.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).isEqualTo(bom + " is not formatted\n");
  }

  @Test
  void fmtWrite_unformattedFile_rewritesItAndLeavesNoTemporaryFile() throws IOException {
    Path messy = file("messy.synergy", MESSY);
    Path bom = file("bom.synergy", "\uFEFF" + TIDY);

    CliRun run = run("fmt", "-w", messy.toString(), bom.toString());

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEmpty();
    assertThat(read(messy)).isEqualTo(TIDY);
    assertThat(read(bom)).isEqualTo(TIDY);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("messy.synergy", "bom.synergy");
    }
  }

  @Test
  void fmtWrite_formattedFile_isNotWritten() throws IOException {
    Path tidy = file("tidy.synergy", TIDY);
    FileTime longAgo = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(tidy, longAgo);

    CliRun run = run("fmt", "-w", tidy.toString());

    assertThat(run.status()).isZero();
    assertThat(Files.getLastModifiedTime(tidy)).isEqualTo(longAgo);
    assertThat(read(tidy)).isEqualTo(TIDY);
  }

  @Test
  void fmtWrite_rewrittenFile_keepsItsPermissionsAndItsLink() throws IOException {
    Path messy = file("messy.synergy", MESSY);
    Files.setPosixFilePermissions(messy, PosixFilePermissions.fromString("rw-r-----"));
    Path link = Files.createSymbolicLink(dir.resolve("link.synergy"), messy);

    CliRun run = run("fmt", "-w", link.toString());

    assertThat(run.status()).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(read(messy)).isEqualTo(TIDY);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(messy)))
        .isEqualTo("rw-r-----");
  }

  @Test
  void fmt_syntaxErrors_exitsOneWithTheDiagnosticsAndFormatsNothingOfThatFile() throws IOException {
    Path broken = file("broken.synergy", BROKEN);
    Path messy = file("messy.synergy", MESSY);

    for (String mode : List.of("--check", "-w")) {
      CliRun run = run("fmt", mode, broken.toString());

      assertThat(run.status()).as(mode).isEqualTo(1);
      assertThat(run.out()).as(mode).isEmpty();
      assertThat(run.err())
          .as(mode)
          .startsWith("error[SYN001]: expected")
          .contains(broken + ":1:")
          .endsWith("1 error\n");
      assertThat(read(broken)).as(mode).isEqualTo(BROKEN);
    }
    CliRun printed = run("fmt", broken.toString(), messy.toString());
    assertThat(printed.status()).isEqualTo(1);
    assertThat(printed.out()).isEqualTo(TIDY);
    assertThat(printed.err()).contains("error[SYN001]");
  }

  @Test
  void fmtWrite_unreadableFile_exitsTwoAndRewritesNothing() throws IOException {
    Path messy = file("messy.synergy", MESSY);
    Path latin1 = Files.write(dir.resolve("latin1.synergy"), new byte[] {'#', ' ', (byte) 0xe9});

    CliRun missing = run("fmt", "-w", messy.toString(), dir.resolve("missing.synergy").toString());
    CliRun undecodable = run("fmt", "-w", latin1.toString(), messy.toString());

    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).contains("missing.synergy").contains("no such file");
    assertThat(undecodable.status()).isEqualTo(2);
    assertThat(undecodable.err()).contains("not valid UTF-8");
    assertThat(read(messy)).isEqualTo(MESSY);
  }

  @Test
  void fmt_checkAndWriteTogether_isAUsageError() throws IOException {
    Path messy = file("messy.synergy", MESSY);

    CliRun run = run("fmt", "--check", "-w", messy.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err()).startsWith("error: --check and -w cannot be used together");
    assertThat(read(messy)).isEqualTo(MESSY);
  }

  @Test
  void fmt_noFile_isAUsageError() {
    CliRun run = run("fmt", "--check");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: ").contains("FILE");
  }
}
