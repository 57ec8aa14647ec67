package io.synergy.compiler.parse;

/**
 * The escapes of string literals: {@code \\" \\\\ \\n \\t \\u{1F600}}. One reading of them, shared
 * by the parser (which reports bad ones) and the phases that look inside strings as written
 * (placeholders).
 */
public final class Escapes {
  private Escapes() {}

  /**
   * Where an escape starting at {@code backslash} ends: after the next character, or for {@code
   * \\u{...}} after the letters and digits that follow the brace and the closing brace if it is
   * there.
   */
  public static int end(String raw, int backslash) {
    if (backslash + 1 >= raw.length()) {
      return raw.length();
    }
    int after = backslash + 1 + Character.charCount(raw.codePointAt(backslash + 1));
    if (raw.charAt(backslash + 1) == 'u' && after < raw.length() && raw.charAt(after) == '{') {
      int j = after + 1;
      while (j < raw.length() && Character.isLetterOrDigit(raw.charAt(j)) && raw.charAt(j) < 128) {
        j++;
      }
      return j < raw.length() && raw.charAt(j) == '}' ? j + 1 : j;
    }
    return after;
  }

  /** The text an escape stands for, or null when it is not a valid escape. */
  public static String decode(String escape) {
    switch (escape) {
      case "\\\"":
        return "\"";
      case "\\\\":
        return "\\";
      case "\\n":
        return "\n";
      case "\\t":
        return "\t";
      default:
        break;
    }
    if (escape.startsWith("\\u{") && escape.endsWith("}")) {
      String hex = escape.substring(3, escape.length() - 1);
      if (hex.matches("[0-9A-Fa-f]{1,6}")) {
        int cp = Integer.parseInt(hex, 16);
        if (cp <= Character.MAX_CODE_POINT && (cp < 0xD800 || cp > 0xDFFF)) {
          return new String(Character.toChars(cp));
        }
      }
    }
    return null;
  }

  /**
   * The raw text of a string with every valid escape decoded; an invalid one is kept as written.
   */
  public static String decodeAll(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    int i = 0;
    while (i < raw.length()) {
      if (raw.charAt(i) != '\\') {
        out.append(raw.charAt(i++));
        continue;
      }
      int end = end(raw, i);
      String escape = raw.substring(i, end);
      String decoded = decode(escape);
      out.append(decoded == null ? escape : decoded);
      i = end;
    }
    return out.toString();
  }
}
