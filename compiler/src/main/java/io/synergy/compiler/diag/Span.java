package io.synergy.compiler.diag;

/**
 * A range of source text: 1-based lines and columns, columns counting Unicode code points, {@code
 * endColumn} exclusive. {@code file} is the path as given on the command line.
 */
public record Span(String file, int line, int column, int endLine, int endColumn) {
  public Span {
    if (line < 1 || column < 1 || endLine < line || (endLine == line && endColumn < column)) {
      throw new IllegalArgumentException(
          "bad span " + file + ":" + line + ":" + column + "-" + endLine + ":" + endColumn);
    }
  }

  /** The span from the start of this one to the end of {@code other}. */
  public Span to(Span other) {
    return new Span(file, line, column, other.endLine, other.endColumn);
  }

  /** {@code file:line:column}, as rustc prints a location. */
  public String location() {
    return file + ":" + line + ":" + column;
  }
}
