package io.synergy.compiler.fmt;

import org.antlr.v4.runtime.Token;

/**
 * A token on a formatted line and how it is placed after the token before it: {@code gap} spaces,
 * or padding up to {@code column} (code points from the start of the line) while the line is the
 * first of its item; {@code soft} marks a place where a line that would pass the width limit
 * breaks.
 */
record Piece(Token token, int gap, int column, boolean soft) {
  /** No column to pad to. */
  static final int NONE = -1;

  static Piece first(Token token) {
    return new Piece(token, 0, NONE, false);
  }

  static Piece gap(Token token, int gap) {
    return new Piece(token, gap, NONE, false);
  }

  /** The same piece padded to {@code newColumn}. */
  Piece atColumn(int newColumn) {
    return new Piece(token, gap, newColumn, soft);
  }

  /** Its width in code points. */
  int width() {
    return width(token);
  }

  static int width(Token token) {
    String text = token.getText();
    return text.codePointCount(0, text.length());
  }
}
