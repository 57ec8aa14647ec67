package io.synergy.compiler;

import io.synergy.compiler.ast.PlanFile;
import io.synergy.compiler.check.Checker;
import io.synergy.compiler.diag.Diagnostics;
import io.synergy.compiler.diag.SortedDiagnostics;
import io.synergy.compiler.diag.SourceFile;
import io.synergy.compiler.lower.PlanLowerer;
import io.synergy.compiler.parse.SourceParser;
import io.synergy.plan.Plan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The compiler as a library: source files in, the parsed files, the sorted diagnostics and (when
 * there is no error) the plan out. Errors are values, never exceptions; the compiler never prints
 * or logs. The built-in machines come from a prelude that is compiled with every plan, like a user
 * file.
 */
public final class Compiler {
  /** The path the prelude's diagnostics and origins name. */
  public static final String PRELUDE_PATH = "<prelude>";

  private static final String PRELUDE_TEXT = readPrelude();

  /**
   * The prelude, parsed once per process: it is immutable, and a test keeps it free of diagnostics.
   */
  private static final class ParsedPrelude {
    static final PlanFile FILE = new SourceParser(new Diagnostics()).parse(prelude());
  }

  private Compiler() {}

  /** Parses, checks and lowers the files, which form one plan. */
  public static Compilation compile(List<SourceFile> sources) {
    Diagnostics diagnostics = new Diagnostics();
    SourceParser parser = new SourceParser(diagnostics);
    PlanFile prelude = ParsedPrelude.FILE;
    List<PlanFile> files = sources.stream().map(parser::parse).toList();
    Checker.Checked checked = Checker.check(prelude, files, diagnostics);
    Optional<Plan> plan =
        diagnostics.hasErrors() ? Optional.empty() : Optional.of(new PlanLowerer(checked).lower());
    SortedDiagnostics sorted = diagnostics.sorted(sources.stream().map(SourceFile::path).toList());
    return new Compilation(files, sorted, plan);
  }

  /**
   * Does the one-off work of a first compile (the parser's tables, the prelude, the cron parser,
   * the zone list), so that a command line can run it on another thread while it parses its
   * arguments.
   */
  public static void warmUp() {
    if (ParsedPrelude.FILE.decls().isEmpty()) {
      throw new IllegalStateException("the prelude declares no machine");
    }
    Checker.warmUp();
  }

  /**
   * The prelude: the built-in machines `discrete`, `continuous` and `recomputing` (LANGUAGE.md).
   */
  public static SourceFile prelude() {
    return new SourceFile(PRELUDE_PATH, PRELUDE_TEXT);
  }

  private static String readPrelude() {
    try (InputStream in = Compiler.class.getResourceAsStream("prelude.synergy")) {
      if (in == null) {
        throw new IllegalStateException("the prelude is missing from the compiler's jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What {@link #compile} found. */
  public record Compilation(
      List<PlanFile> files, SortedDiagnostics diagnostics, Optional<Plan> plan) {
    public Compilation {
      files = List.copyOf(files);
    }

    public boolean hasErrors() {
      return diagnostics.errors() > 0;
    }
  }
}
