package io.synergy.compiler.diag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceFileTest {
  private static final String PATH = "plans/a.synergy";

  @Test
  void line_severalLines_returnsEachWithoutItsTerminator() {
    SourceFile file = new SourceFile(PATH, "first\nsecond\r\nthird");

    assertThat(file.lineCount()).isEqualTo(3);
    assertThat(file.line(1)).isEqualTo("first");
    assertThat(file.line(2)).isEqualTo("second");
    assertThat(file.line(3)).isEqualTo("third");
  }

  @Test
  void line_outsideTheFile_isEmpty() {
    SourceFile file = new SourceFile(PATH, "only");

    assertThat(file.line(0)).isEmpty();
    assertThat(file.line(2)).isEmpty();
    assertThat(file.line(-1)).isEmpty();
  }

  @Test
  void line_trailingNewline_addsAnEmptyLastLine() {
    SourceFile file = new SourceFile(PATH, "a\nb\n");

    assertThat(file.lineCount()).isEqualTo(3);
    assertThat(file.line(2)).isEqualTo("b");
    assertThat(file.line(3)).isEmpty();
  }

  @Test
  void line_emptyFile_hasOneEmptyLine() {
    SourceFile file = new SourceFile(PATH, "");

    assertThat(file.lineCount()).isEqualTo(1);
    assertThat(file.line(1)).isEmpty();
  }

  @Test
  void line_lineSeparatorOtherThanNewline_doesNotEndTheLine() {
    SourceFile file = new SourceFile(PATH, "a\u2028b\rc\nd");

    assertThat(file.lineCount()).isEqualTo(2);
    assertThat(file.line(1)).isEqualTo("a\u2028b\rc");
  }

  @Test
  void endSpan_emptyFile_isLineOneColumnOne() {
    assertThat(new SourceFile(PATH, "").endSpan()).isEqualTo(new Span(PATH, 1, 1, 1, 2));
  }

  @Test
  void endSpan_noTrailingNewline_isTheLastCharacter() {
    assertThat(new SourceFile(PATH, "ab\ncde").endSpan()).isEqualTo(new Span(PATH, 2, 3, 2, 4));
  }

  @Test
  void endSpan_trailingNewline_isTheNewlineOnePastTheLastLinesText() {
    assertThat(new SourceFile(PATH, "ab\ncd\n").endSpan()).isEqualTo(new Span(PATH, 2, 3, 2, 4));
  }

  @Test
  void endSpan_onlyANewline_isLineOneColumnOne() {
    assertThat(new SourceFile(PATH, "\n").endSpan()).isEqualTo(new Span(PATH, 1, 1, 1, 2));
  }

  @Test
  void endSpan_nonBmpCharacters_countsCodePoints() {
    SourceFile file = new SourceFile(PATH, "x\n\uD83D\uDE00a\uD83D\uDE00");

    assertThat(file.endSpan()).isEqualTo(new Span(PATH, 2, 3, 2, 4));
  }

  @Test
  void endSpan_endsWithNonBmpCharacterThenNewline_countsCodePoints() {
    SourceFile file = new SourceFile(PATH, "\uD83D\uDE00\uD83D\uDE00\n");

    assertThat(file.endSpan()).isEqualTo(new Span(PATH, 1, 3, 1, 4));
  }

  @Test
  void path_relativePathWithDots_isKeptAsGiven() {
    SourceFile file = new SourceFile("./x/../a.synergy", "text");

    assertThat(file.path()).isEqualTo("./x/../a.synergy");
    assertThat(file.text()).isEqualTo("text");
  }
}
