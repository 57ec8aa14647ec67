package io.synergy.compiler.render;

import io.synergy.compiler.diag.Diagnostic;
import io.synergy.compiler.diag.Label;
import io.synergy.compiler.diag.Severity;
import io.synergy.compiler.diag.SortedDiagnostics;
import io.synergy.compiler.diag.SourceFile;
import io.synergy.compiler.diag.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** {@code check --format text}: rustc's layout, optionally in ANSI colour. */
public final class TextDiagnosticsRenderer {
  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String RED = "\u001b[1;31m";
  private static final String YELLOW = "\u001b[1;33m";
  private static final String BLUE = "\u001b[1;34m";

  /** A source line longer than this many code points is shown as a window of that many. */
  static final int MAX_SHOWN = 120;

  /** Code points shown before the start of the focused span in a window. */
  private static final int CONTEXT = 40;

  private static final String ELLIPSIS = "...";

  private final Map<String, SourceFile> sources;
  private final boolean color;

  public TextDiagnosticsRenderer(Map<String, SourceFile> sources, boolean color) {
    this.sources = Map.copyOf(sources);
    this.color = color;
  }

  /**
   * Every diagnostic, a note per file for those suppressed, then the summary; empty when there is
   * nothing.
   */
  public String render(SortedDiagnostics sorted) {
    StringBuilder out = new StringBuilder();
    for (Diagnostic d : sorted.diagnostics()) {
      out.append(render(d)).append('\n');
    }
    sorted.suppressed().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e ->
                out.append(paint(BOLD, "note"))
                    .append(": ")
                    .append(e.getValue())
                    .append(" more diagnostics in `")
                    .append(e.getKey())
                    .append("` were suppressed\n\n"));
    String summary = summary(sorted.errors(), sorted.warnings());
    if (!summary.isEmpty()) {
      out.append(summary).append('\n');
    }
    return out.toString();
  }

  static String summary(long errors, long warnings) {
    List<String> parts = new ArrayList<>();
    if (errors > 0) {
      parts.add(errors + (errors == 1 ? " error" : " errors"));
    }
    if (warnings > 0) {
      parts.add(warnings + (warnings == 1 ? " warning" : " warnings"));
    }
    return String.join(", ", parts);
  }

  /** One diagnostic, ending with a newline. */
  public String render(Diagnostic d) {
    Span s = d.span();
    List<Label> here = new ArrayList<>();
    List<Label> elsewhere = new ArrayList<>();
    for (Label label : d.labels()) {
      (label.span().file().equals(s.file()) ? here : elsewhere).add(label);
    }
    int maxLine = Math.max(s.line(), here.stream().mapToInt(l -> l.span().line()).max().orElse(0));
    String pad = " ".repeat(String.valueOf(maxLine).length());
    String severityColor = d.severity() == Severity.ERROR ? RED : YELLOW;
    StringBuilder out = new StringBuilder();
    out.append(paint(severityColor, d.severity().word() + "[" + d.code().name() + "]"))
        .append(paint(BOLD, ": " + d.message()))
        .append('\n');
    out.append(pad).append(paint(BLUE, "--> ")).append(s.location()).append('\n');
    out.append(pad).append(paint(BLUE, " |")).append('\n');
    List<Marked> marks = new ArrayList<>();
    marks.add(new Marked(s, d.label(), true));
    here.forEach(l -> marks.add(new Marked(l.span(), l.message(), false)));
    marks.sort(
        Comparator.comparingInt((Marked m) -> m.span().line())
            .thenComparingInt(m -> m.span().column()));
    int lastLine = -1;
    SourceFile file = sources.get(s.file());
    Window window = null;
    for (Marked m : marks) {
      int line = m.span().line();
      if (line != lastLine) {
        String text = file == null ? "" : file.line(line);
        window = Window.of(text, line == s.line() ? s : m.span());
        if (lastLine != -1 && line > lastLine + 1) {
          out.append(paint(BLUE, "...")).append('\n');
        }
        String number = String.valueOf(line);
        out.append(paint(BLUE, " ".repeat(pad.length() - number.length()) + number + " |"))
            .append(text.isEmpty() ? "" : " " + window.text())
            .append('\n');
        lastLine = line;
      }
      if (!m.primary() && !window.shows(m.span())) {
        elsewhere.add(new Label(m.span(), m.label()));
        continue;
      }
      out.append(pad)
          .append(paint(BLUE, " |"))
          .append(' ')
          .append(underline(window, m))
          .append('\n');
    }
    out.append(pad).append(paint(BLUE, " |")).append('\n');
    for (String help : d.help()) {
      out.append(pad)
          .append(paint(BLUE, " = "))
          .append(paint(BOLD, "help"))
          .append(": ")
          .append(help)
          .append('\n');
    }
    for (Label l : elsewhere) {
      out.append(pad)
          .append(paint(BLUE, " = "))
          .append(paint(BOLD, "note"))
          .append(": ")
          .append(l.message())
          .append(" at ")
          .append(l.span().location())
          .append('\n');
    }
    for (String note : d.notes()) {
      out.append(pad)
          .append(paint(BLUE, " = "))
          .append(paint(BOLD, "note"))
          .append(": ")
          .append(note)
          .append('\n');
    }
    out.append(pad)
        .append(paint(BLUE, " = "))
        .append(paint(BOLD, "note"))
        .append(": `synergyc explain ")
        .append(d.code().name())
        .append("` says more\n");
    return out.toString();
  }

  private String underline(Window window, Marked m) {
    Span s = m.span();
    int start = window.column(s.column() - 1);
    int end =
        s.endLine() == s.line()
            ? window.column(s.endColumn() - 1)
            : window.column(Integer.MAX_VALUE);
    int width = Math.max(1, end - start);
    String marks = (m.primary() ? "^" : "-").repeat(width);
    String painted = m.primary() ? paint(RED, marks) : paint(BLUE, marks);
    String label =
        m.label().isEmpty()
            ? ""
            : " " + (m.primary() ? paint(RED, m.label()) : paint(BLUE, m.label()));
    return " ".repeat(start) + painted + label;
  }

  /**
   * The display width of the first {@code codePoints} code points of a line, with tabs as four
   * spaces.
   */
  private static int displayWidth(String line, int codePoints) {
    int width = 0;
    int count = 0;
    for (int i = 0; i < line.length() && count < codePoints; count++) {
      int cp = line.codePointAt(i);
      width += cp == '\t' ? 4 : 1;
      i += Character.charCount(cp);
    }
    return width + Math.max(0, codePoints == Integer.MAX_VALUE ? 0 : codePoints - count);
  }

  private static String expandTabs(String line) {
    return line.replace("\t", "    ");
  }

  private String paint(String style, String text) {
    return color ? style + text + RESET : text;
  }

  private record Marked(Span span, String label, boolean primary) {}

  /**
   * A source line as shown under a diagnostic: whole, or when longer than {@link #MAX_SHOWN} code
   * points, {@link #MAX_SHOWN} of them around the focused span with {@code ...} where it was cut,
   * so a minified or garbage line never floods the output.
   */
  private record Window(String visible, int from, boolean cutLeft, boolean cutRight) {
    static Window of(String line, Span focus) {
      int length = line.codePointCount(0, line.length());
      if (length <= MAX_SHOWN) {
        return new Window(line, 0, false, false);
      }
      int from = Math.max(0, Math.min(focus.column() - 1 - CONTEXT, length - MAX_SHOWN));
      int start = line.offsetByCodePoints(0, from);
      int end = line.offsetByCodePoints(start, MAX_SHOWN);
      return new Window(line.substring(start, end), from, from > 0, from + MAX_SHOWN < length);
    }

    /** Whether the span starts in the part of the line shown. */
    boolean shows(Span span) {
      int start = span.column() - 1 - from;
      return start >= 0 && (!cutRight || start < MAX_SHOWN);
    }

    String text() {
      return (cutLeft ? ELLIPSIS : "") + expandTabs(visible) + (cutRight ? ELLIPSIS : "");
    }

    /**
     * The display column under which code point {@code codePoints} (0-based) of the line is shown;
     * positions cut off are shown at the edge of the window.
     */
    int column(int codePoints) {
      int inWindow = codePoints == Integer.MAX_VALUE ? codePoints : codePoints - from;
      if (cutLeft) {
        inWindow = Math.max(0, inWindow);
      }
      if (cutRight) {
        inWindow = Math.min(MAX_SHOWN, inWindow);
      }
      return (cutLeft ? ELLIPSIS.length() : 0) + displayWidth(visible, inWindow);
    }
  }
}
