package io.synergy.plan;

/**
 * Where a declaration came from, for runtime messages: the file as given to the compiler and a
 * 1-based line.
 */
public record Origin(String file, int line) {
  public Origin {
    if (file == null || line < 1) {
      throw new IllegalArgumentException(
          "origin needs a file and a line >= 1, got " + file + ":" + line);
    }
  }

  @Override
  public String toString() {
    return file + ":" + line;
  }
}
