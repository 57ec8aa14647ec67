package io.synergy.compiler.diag;

import java.util.List;
import java.util.Map;

/**
 * Diagnostics in reporting order, and for each file whose diagnostics passed the limit, how many
 * were left out.
 */
public record SortedDiagnostics(List<Diagnostic> diagnostics, Map<String, Integer> suppressed) {
  public SortedDiagnostics {
    diagnostics = List.copyOf(diagnostics);
    suppressed = Map.copyOf(suppressed);
  }

  public long errors() {
    return diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
  }

  public long warnings() {
    return diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count();
  }

  /** The same diagnostics with every warning reported as an error. */
  public SortedDiagnostics warningsAsErrors() {
    return new SortedDiagnostics(
        diagnostics.stream().map(d -> d.withSeverity(Severity.ERROR)).toList(), suppressed);
  }
}
