package io.synergy.compiler.render;

import io.synergy.compiler.diag.Diagnostic;
import io.synergy.compiler.diag.Label;
import io.synergy.compiler.diag.SortedDiagnostics;
import io.synergy.compiler.diag.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** {@code check --format json}: one object, as COMMANDS.md gives it. */
public final class JsonDiagnosticsRenderer {
  private JsonDiagnosticsRenderer() {}

  public static String render(SortedDiagnostics sorted) {
    String items =
        sorted.diagnostics().stream()
            .map(JsonDiagnosticsRenderer::diagnostic)
            .collect(Collectors.joining(",", "[", "]"));
    return "{\"version\":1,\"diagnostics\":"
        + items
        + ",\"errors\":"
        + sorted.errors()
        + ",\"warnings\":"
        + sorted.warnings()
        + "}\n";
  }

  private static String diagnostic(Diagnostic d) {
    Span s = d.span();
    List<String> notes = new ArrayList<>();
    for (Label label : d.labels()) {
      notes.add(label.message() + " at " + label.span().location());
    }
    notes.addAll(d.notes());
    return "{\"code\":"
        + Json.quote(d.code().name())
        + ",\"severity\":"
        + Json.quote(d.severity().word())
        + ",\"message\":"
        + Json.quote(d.message())
        + ",\"file\":"
        + Json.quote(s.file())
        + ",\"line\":"
        + s.line()
        + ",\"column\":"
        + s.column()
        + ",\"endLine\":"
        + s.endLine()
        + ",\"endColumn\":"
        + s.endColumn()
        + ",\"help\":"
        + Json.strings(d.help())
        + ",\"notes\":"
        + Json.strings(notes)
        + "}";
  }
}
