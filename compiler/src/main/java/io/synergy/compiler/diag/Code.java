package io.synergy.compiler.diag;

/**
 * Every diagnostic code of the language (LANGUAGE.md). Codes are stable and never reused: 0xx
 * syntax, 1xx names and attributes, 2xx values and triggers, 3xx machines, 4xx trees and
 * dependencies. Each has a page {@code docs/diagnostics/SYNnnn.md} that {@code synergyc explain}
 * prints.
 */
public enum Code {
  SYN001(Severity.ERROR, "syntax error: unexpected or missing token"),
  SYN002(Severity.ERROR, "malformed literal"),
  SYN003(Severity.ERROR, "unterminated string or bad escape"),
  SYN004(Severity.ERROR, "unsupported language version"),
  SYN100(Severity.ERROR, "duplicate declaration"),
  SYN101(Severity.ERROR, "unknown process"),
  SYN102(Severity.ERROR, "unknown tree"),
  SYN103(Severity.ERROR, "unknown machine"),
  SYN104(Severity.ERROR, "attribute given twice in one block"),
  SYN105(Severity.ERROR, "unknown attribute"),
  SYN106(Severity.ERROR, "required attribute missing"),
  SYN107(Severity.ERROR, "attribute not allowed in this kind of declaration"),
  SYN108(Severity.ERROR, "freerun where a managed process is required"),
  SYN200(Severity.ERROR, "invalid trigger"),
  SYN201(Severity.ERROR, "invalid cron expression"),
  SYN202(Severity.ERROR, "unknown time zone"),
  SYN203(Severity.ERROR, "group out of range for the period"),
  SYN204(Severity.ERROR, "unknown placeholder in run"),
  SYN205(Severity.ERROR, "period placeholder in a freerun"),
  SYN206(Severity.ERROR, "invalid regex in boxes"),
  SYN207(Severity.ERROR, "invalid exit status mapping"),
  SYN208(Severity.ERROR, "range machine without source"),
  SYN209(Severity.ERROR, "group above 1 on a process with children"),
  SYN210(Severity.ERROR, "invalid queue"),
  SYN300(Severity.ERROR, "machine: unknown state or condition word"),
  SYN301(Severity.ERROR, "machine: overlapping transitions"),
  SYN302(Severity.ERROR, "machine: no finished state reachable"),
  SYN303(Severity.WARNING, "machine: unreachable state"),
  SYN304(Severity.ERROR, "machine: transition out of a finished state"),
  SYN400(Severity.ERROR, "tree: two processes with the same period"),
  SYN401(Severity.ERROR, "process in more than one tree"),
  SYN402(Severity.ERROR, "cycle in tree dependencies"),
  SYN403(Severity.WARNING, "dependency between trees that share no period"),
  SYN404(Severity.WARNING, "blocking dependencies without depends_on"),
  SYN405(Severity.WARNING, "blocking children on the finest process"),
  SYN406(Severity.WARNING, "declared machine never used");

  private final Severity severity;
  private final String summary;

  Code(Severity severity, String summary) {
    this.severity = severity;
    this.summary = summary;
  }

  public Severity severity() {
    return severity;
  }

  /** One line saying what the code is about, as in the table of LANGUAGE.md. */
  public String summary() {
    return summary;
  }

  /** Whether the code is in the syntax block (SYN0xx): the file could not be read as written. */
  public boolean isSyntax() {
    return name().startsWith("SYN0");
  }
}
