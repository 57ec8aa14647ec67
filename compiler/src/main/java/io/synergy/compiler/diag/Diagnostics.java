package io.synergy.compiler.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The sink every phase writes to. Phases never print: they report here, and the command renders the
 * sorted list.
 */
public final class Diagnostics {
  /** At most this many diagnostics are kept per file; a note counts the rest. */
  public static final int LIMIT_PER_FILE = 100;

  private final List<Diagnostic> reported = new ArrayList<>();

  public void report(Diagnostic diagnostic) {
    reported.add(diagnostic);
  }

  public void report(Diagnostic.Builder diagnostic) {
    report(diagnostic.build());
  }

  public boolean hasErrors() {
    return reported.stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }

  public int size() {
    return reported.size();
  }

  /**
   * The diagnostics sorted by file (in the given order), line, column and code, with duplicates
   * removed and at most {@link #LIMIT_PER_FILE} per file.
   */
  public SortedDiagnostics sorted(List<String> fileOrder) {
    Map<String, Integer> rank = new java.util.HashMap<>();
    for (int i = 0; i < fileOrder.size(); i++) {
      rank.putIfAbsent(fileOrder.get(i), i);
    }
    Comparator<Diagnostic> order =
        Comparator.<Diagnostic>comparingInt(
                d -> rank.getOrDefault(d.span().file(), Integer.MAX_VALUE))
            .thenComparing(d -> d.span().file())
            .thenComparingInt(d -> d.span().line())
            .thenComparingInt(d -> d.span().column())
            .thenComparing(Diagnostic::code);
    List<Diagnostic> all = reported.stream().distinct().sorted(order).toList();
    List<Diagnostic> kept = new ArrayList<>();
    Map<String, Integer> suppressed = new java.util.LinkedHashMap<>();
    Map<String, Integer> perFile = new java.util.HashMap<>();
    for (Diagnostic d : all) {
      int n = perFile.merge(d.span().file(), 1, Integer::sum);
      if (n <= LIMIT_PER_FILE) {
        kept.add(d);
      } else {
        suppressed.merge(d.span().file(), 1, Integer::sum);
      }
    }
    return new SortedDiagnostics(kept, suppressed);
  }
}
