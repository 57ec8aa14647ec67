package io.synergy.compiler.golden;

import io.synergy.compiler.diag.Code;
import io.synergy.compiler.diag.Diagnostic;
import io.synergy.compiler.diag.Severity;
import io.synergy.compiler.diag.SourceFile;
import io.synergy.grammar.SynergyLexer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

/**
 * The marker comments of a golden case. {@code # error: SYN101} says that an error with that code
 * starts on the comment's line; {@code # warning: SYN303}, several codes ({@code # error: SYN002,
 * SYN002}) and a relative line ({@code # error@+1: SYN003}, {@code # error@-1: ...}) work too. Each
 * code stands for one diagnostic; text after the codes is a free comment. Markers are comments as
 * the language lexes them, so a {@code #} inside a string is not one.
 */
final class Markers {
  private static final Pattern MARKER_START =
      Pattern.compile("#\\s*(error|warning)\\b.*", Pattern.CASE_INSENSITIVE);
  private static final Pattern MARKER =
      Pattern.compile(
          "#\\s*(error|warning)(?:@([+-][0-9]+))?\\s*:\\s*"
              + "(SYN[0-9]{3}(?:\\s*,\\s*SYN[0-9]{3})*)(?:\\s.*)?");

  /** A diagnostic that a marker asks for. */
  record Marker(String file, int line, Severity severity, Code code, int markerLine) {
    String describe() {
      String where = markerLine == line ? "" : " (marker on line " + markerLine + ")";
      return file + ":" + line + ": " + severity.word() + "[" + code.name() + "]" + where;
    }
  }

  /** The markers of some files, and what was wrong with any of them. */
  record Found(List<Marker> markers, List<String> problems) {
    Found {
      markers = List.copyOf(markers);
      problems = List.copyOf(problems);
    }
  }

  private Markers() {}

  /** Every marker in the files. */
  static Found in(List<SourceFile> sources) {
    List<Marker> markers = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (SourceFile source : sources) {
      for (Token comment : comments(source)) {
        read(source, comment, markers, problems);
      }
    }
    return new Found(markers, problems);
  }

  private static List<Token> comments(SourceFile source) {
    SynergyLexer lexer = new SynergyLexer(CharStreams.fromString(source.text(), source.path()));
    lexer.removeErrorListeners();
    List<Token> comments = new ArrayList<>();
    for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
      if (t.getType() == SynergyLexer.COMMENT) {
        comments.add(t);
      }
    }
    return comments;
  }

  private static void read(
      SourceFile source, Token comment, List<Marker> markers, List<String> problems) {
    String text = comment.getText().strip();
    if (!MARKER_START.matcher(text).matches()) {
      return;
    }
    String where = source.path() + ":" + comment.getLine();
    Matcher m = MARKER.matcher(text);
    if (!m.matches()) {
      problems.add(
          where
              + ": malformed marker `"
              + text
              + "`; write `# error: SYN001` or `# error@+1: ...`");
      return;
    }
    Severity severity = Severity.valueOf(m.group(1).toUpperCase(Locale.ROOT));
    int line = comment.getLine() + (m.group(2) == null ? 0 : Integer.parseInt(m.group(2)));
    if (line < 1 || line > source.lineCount()) {
      problems.add(where + ": marker `" + text + "` points at line " + line + ", not in the file");
      return;
    }
    for (String name : m.group(3).split("\\s*,\\s*")) {
      Code code;
      try {
        code = Code.valueOf(name);
      } catch (IllegalArgumentException e) {
        problems.add(where + ": no diagnostic code `" + name + "`");
        continue;
      }
      markers.add(new Marker(source.path(), line, severity, code, comment.getLine()));
    }
  }

  /**
   * Pairs markers with diagnostics on file, line, severity and code, one for one; returns what is
   * left on either side, described for a failure message (empty when everything matched).
   */
  static List<String> mismatches(List<Marker> markers, List<Diagnostic> diagnostics) {
    record Key(String file, int line, Severity severity, Code code) {}
    Map<Key, List<Marker>> wanted = new HashMap<>();
    for (Marker m : markers) {
      wanted
          .computeIfAbsent(
              new Key(m.file(), m.line(), m.severity(), m.code()), k -> new ArrayList<>())
          .add(m);
    }
    List<String> unmarked = new ArrayList<>();
    for (Diagnostic d : diagnostics) {
      List<Marker> candidates =
          wanted.get(new Key(d.span().file(), d.span().line(), d.severity(), d.code()));
      if (candidates == null || candidates.isEmpty()) {
        unmarked.add(
            "  "
                + d.span().location()
                + ": "
                + d.severity().word()
                + "["
                + d.code().name()
                + "] "
                + d.message());
      } else {
        candidates.remove(0);
      }
    }
    List<String> unmatched =
        wanted.values().stream()
            .flatMap(List::stream)
            .sorted(
                java.util.Comparator.comparing(Marker::file)
                    .thenComparingInt(Marker::line)
                    .thenComparing(Marker::code))
            .map(m -> "  " + m.describe())
            .toList();
    List<String> out = new ArrayList<>();
    if (!unmarked.isEmpty()) {
      out.add("diagnostics on a line without a matching marker:");
      out.addAll(unmarked);
    }
    if (!unmatched.isEmpty()) {
      out.add("markers with no matching diagnostic:");
      out.addAll(unmatched);
    }
    return out;
  }
}
