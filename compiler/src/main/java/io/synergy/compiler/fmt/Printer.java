package io.synergy.compiler.fmt;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * Writes formatted lines: the pieces of each logical line (an attribute, a transition, the head of
 * a block) with the comments attached to their tokens. A trailing comment stays at the end of its
 * token's line, two spaces after it, and whatever follows goes on a continuation line; a comment on
 * its own line before a token stays on its own line before it. Blank lines are kept (one for a run)
 * where the file had them, except right after a `{` and right before a `}`. No line ends in a
 * space.
 */
final class Printer {
  /** Lines longer than this many code points are broken at their soft breaks. */
  static final int WIDTH = 100;

  private final Trivia trivia;
  private final StringBuilder out = new StringBuilder();
  private int column;
  private boolean lineOpen;
  private boolean blankPending;
  private boolean blockStart;

  Printer(Trivia trivia) {
    this.trivia = trivia;
  }

  Trivia trivia() {
    return trivia;
  }

  /** The text written so far. */
  String text() {
    return out.toString();
  }

  /**
   * Asks for a blank line before the next line (ignored at the top and at the start of a block).
   */
  void blankLine() {
    blankPending = true;
  }

  private void noBlankLine() {
    blankPending = false;
  }

  /** Marks that a `{` ended the last line: the next line has no blank line before it. */
  private void blockOpened() {
    blockStart = true;
  }

  /**
   * Prints one logical line: the leading comments of its first token at {@code indent}, then its
   * pieces, continuing at {@code continuation} when a comment or the width breaks it.
   */
  void line(List<Piece> pieces, int indent, int continuation) {
    Token first = pieces.get(0).token();
    comments(trivia.leading(first), indent);
    if (trivia.blankBefore(first)) {
      blankLine();
    }
    startLine(indent);
    write(first.getText());
    trailing(first);
    boolean broken = false;
    for (int i = 1; i < pieces.size(); i++) {
      broken |= place(pieces, i, continuation, broken);
      write(pieces.get(i).token().getText());
      trailing(pieces.get(i).token());
    }
    endLine();
  }

  /**
   * Prints a block: its head line (ending in `{`), its body, then the comments before its `}` at
   * the body's indent and the `}` at {@code indent}. A block with nothing inside, not even a
   * comment, is `{}` on the head's line.
   */
  void block(List<Piece> head, Token rbrace, boolean empty, int indent, Runnable body) {
    Token lbrace = head.get(head.size() - 1).token();
    if (empty && trivia.trailing(lbrace).isEmpty() && trivia.leading(rbrace).isEmpty()) {
      List<Piece> line = new ArrayList<>(head);
      line.add(Piece.gap(rbrace, 0));
      line(line, indent, indent + Layout.INDENT);
      return;
    }
    line(head, indent, indent + Layout.INDENT);
    blockOpened();
    body.run();
    comments(trivia.leading(rbrace), indent + Layout.INDENT);
    noBlankLine();
    startLine(indent);
    write(rbrace.getText());
    trailing(rbrace);
    endLine();
  }

  /** Prints comments on their own lines at {@code indent}, keeping blank lines between them. */
  void comments(List<Trivia.Comment> comments, int indent) {
    for (Trivia.Comment c : comments) {
      if (c.blankBefore()) {
        blankLine();
      }
      startLine(indent);
      write(c.text());
      endLine();
    }
  }

  /**
   * Moves to where piece {@code i} goes: after the right spaces, or on a continuation line when a
   * comment comes first, or at a soft break where the file broke the line or where the line would
   * get too long. Returns whether the line broke.
   */
  private boolean place(List<Piece> pieces, int i, int continuation, boolean broken) {
    Piece piece = pieces.get(i);
    List<Trivia.Comment> leading = trivia.leading(piece.token());
    if (!leading.isEmpty()) {
      endLine();
      leading.forEach(c -> writeLine(c.text(), continuation));
      startLine(continuation);
      return true;
    }
    if (!lineOpen) {
      startLine(continuation);
      return true;
    }
    if (piece.soft()
        && column > continuation
        && (trivia.startsLine(piece.token()) || column + chunk(pieces, i) > WIDTH)) {
      endLine();
      startLine(continuation);
      return true;
    }
    spaces(!broken && piece.column() > column ? piece.column() - column : piece.gap());
    return false;
  }

  /** The width of piece {@code i} and the pieces after it up to the next soft break. */
  private static int chunk(List<Piece> pieces, int i) {
    int width = pieces.get(i).gap() + pieces.get(i).width();
    for (int j = i + 1; j < pieces.size() && !pieces.get(j).soft(); j++) {
      width += pieces.get(j).gap() + pieces.get(j).width();
    }
    return width;
  }

  private void trailing(Token token) {
    trivia
        .trailing(token)
        .ifPresent(
            c -> {
              write("  " + c);
              endLine();
            });
  }

  private void writeLine(String text, int indent) {
    startLine(indent);
    write(text);
    endLine();
  }

  private void startLine(int indent) {
    if (lineOpen) {
      endLine();
    }
    if (blankPending && !blockStart && out.length() > 0) {
      out.append('\n');
    }
    blankPending = false;
    blockStart = false;
    lineOpen = true;
    column = 0;
    spaces(indent);
  }

  private void endLine() {
    if (lineOpen) {
      out.append('\n');
      lineOpen = false;
    }
  }

  private void spaces(int n) {
    out.append(" ".repeat(Math.max(0, n)));
    column += Math.max(0, n);
  }

  private void write(String text) {
    out.append(text);
    column += text.codePointCount(0, text.length());
  }
}
