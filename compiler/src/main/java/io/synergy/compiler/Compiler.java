package io.synergy.compiler;

import io.synergy.compiler.ast.PlanFile;
import io.synergy.compiler.check.Checker;
import io.synergy.compiler.diag.Diagnostics;
import io.synergy.compiler.diag.SortedDiagnostics;
import io.synergy.compiler.diag.SourceFile;
import io.synergy.compiler.parse.SourceParser;
import java.util.List;

/**
 * The compiler as a library: source files in, the parsed files and their sorted diagnostics out.
 * Errors are values, never exceptions; the compiler never prints or logs.
 */
public final class Compiler {
  private Compiler() {}

  /** Parses and checks the files, which form one plan. */
  public static Compilation compile(List<SourceFile> sources) {
    Diagnostics diagnostics = new Diagnostics();
    SourceParser parser = new SourceParser(diagnostics);
    List<PlanFile> files = sources.stream().map(parser::parse).toList();
    Checker.check(files, diagnostics);
    SortedDiagnostics sorted = diagnostics.sorted(sources.stream().map(SourceFile::path).toList());
    return new Compilation(files, sorted);
  }

  /** What {@link #compile} found. */
  public record Compilation(List<PlanFile> files, SortedDiagnostics diagnostics) {
    public Compilation {
      files = List.copyOf(files);
    }

    public boolean hasErrors() {
      return diagnostics.errors() > 0;
    }
  }
}
