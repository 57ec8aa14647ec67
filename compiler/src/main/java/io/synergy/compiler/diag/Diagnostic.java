package io.synergy.compiler.diag;

import java.util.List;
import java.util.Objects;

/**
 * One problem found in a plan: a stable code, a severity, a lowercase message with names in
 * backticks, the span it is about, an optional label under that span, secondary labels, and help
 * and note lines.
 */
public record Diagnostic(
    Code code,
    Severity severity,
    String message,
    Span span,
    String label,
    List<Label> labels,
    List<String> help,
    List<String> notes) {

  public Diagnostic {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(span, "span");
    message = visible(message);
    label = label == null ? "" : visible(label);
    labels = labels.stream().map(l -> new Label(l.span(), visible(l.message()))).toList();
    help = help.stream().map(Diagnostic::visible).toList();
    notes = notes.stream().map(Diagnostic::visible).toList();
  }

  /**
   * The text with control and invisible format characters written as code points in braces: a
   * message quotes user input (a zone, a cron expression, a regex) and must never carry a raw
   * control character to a terminal or a CI log.
   */
  static String visible(String text) {
    if (text.codePoints().noneMatch(Diagnostic::invisible)) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length() + 8);
    text.codePoints()
        .forEach(
            cp -> {
              if (invisible(cp)) {
                b.append(String.format("\\u{%X}", cp));
              } else {
                b.appendCodePoint(cp);
              }
            });
    return b.toString();
  }

  private static boolean invisible(int cp) {
    return Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT;
  }

  /** Starts a diagnostic with the code's own severity. */
  public static Builder of(Code code, Span span, String message) {
    return new Builder(code, span, message);
  }

  /** The same diagnostic with another severity (warnings become errors under {@code --werror}). */
  public Diagnostic withSeverity(Severity newSeverity) {
    return new Diagnostic(code, newSeverity, message, span, label, labels, help, notes);
  }

  /** Collects the optional parts of a diagnostic. */
  public static final class Builder {
    private final Code code;
    private final Span span;
    private final String message;
    private String label = "";
    private final java.util.ArrayList<Label> labels = new java.util.ArrayList<>();
    private final java.util.ArrayList<String> help = new java.util.ArrayList<>();
    private final java.util.ArrayList<String> notes = new java.util.ArrayList<>();

    private Builder(Code code, Span span, String message) {
      this.code = code;
      this.span = span;
      this.message = message;
    }

    public Builder label(String text) {
      this.label = text;
      return this;
    }

    public Builder secondary(Span at, String text) {
      labels.add(new Label(at, text));
      return this;
    }

    public Builder help(String text) {
      help.add(text);
      return this;
    }

    public Builder note(String text) {
      notes.add(text);
      return this;
    }

    public Diagnostic build() {
      return new Diagnostic(code, code.severity(), message, span, label, labels, help, notes);
    }
  }
}
