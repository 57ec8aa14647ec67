package io.synergy.compiler.render;

/**
 * JSON string quoting; the renderers write their objects by hand to keep key order and bytes
 * stable.
 */
public final class Json {
  private Json() {}

  /** {@code text} as a JSON string literal, quotes included. */
  public static String quote(String text) {
    StringBuilder b = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        case '\b' -> b.append("\\b");
        case '\f' -> b.append("\\f");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  /** A JSON array of strings. */
  public static String strings(java.util.List<String> items) {
    return items.stream()
        .map(Json::quote)
        .collect(java.util.stream.Collectors.joining(",", "[", "]"));
  }
}
