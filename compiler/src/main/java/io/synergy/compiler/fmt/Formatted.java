package io.synergy.compiler.fmt;

import io.synergy.compiler.diag.SortedDiagnostics;
import io.synergy.compiler.diag.SourceFile;
import java.util.Optional;

/**
 * A file and its canonical text; without a text when the file has syntax errors, which {@code
 * errors} holds.
 */
public record Formatted(SourceFile source, Optional<String> text, SortedDiagnostics errors) {
  /** Whether the file is already in the canonical layout (false when it cannot be formatted). */
  public boolean isFormatted() {
    return text.isPresent() && text.get().equals(source.text());
  }
}
