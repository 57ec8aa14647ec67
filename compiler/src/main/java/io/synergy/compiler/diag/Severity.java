package io.synergy.compiler.diag;

import java.util.Locale;

/** How bad a diagnostic is. */
public enum Severity {
  ERROR,
  WARNING;

  /** The lowercase word used in every output format: {@code error}, {@code warning}. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
