package io.synergy.compiler.testing;

import java.util.stream.Collectors;

/**
 * Test inputs written back as Java source, so that a failing generated input can be pasted into a
 * test.
 */
public final class JavaLiterals {
  private JavaLiterals() {}

  /** The text as a Java string literal. */
  public static String of(String text) {
    return text.codePoints()
        .mapToObj(
            cp -> {
              if (cp == '"' || cp == '\\') {
                return "\\" + (char) cp;
              }
              if (cp >= 0x20 && cp < 0x7f) {
                return String.valueOf((char) cp);
              }
              return new String(Character.toChars(cp))
                  .chars()
                  .mapToObj(c -> String.format("\\u%04x", c))
                  .collect(Collectors.joining());
            })
        .collect(Collectors.joining("", "\"", "\""));
  }
}
