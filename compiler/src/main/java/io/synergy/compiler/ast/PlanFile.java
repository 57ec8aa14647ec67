package io.synergy.compiler.ast;

import io.synergy.compiler.diag.SourceFile;
import java.util.List;
import java.util.Optional;

/**
 * One parsed file: its optional {@code synergy N} header, its declarations in source order, and the
 * names of the declarations that had a syntax error (so that references to them are not reported
 * again as unknown).
 */
public record PlanFile(
    SourceFile source, Optional<Header> header, List<Decl> decls, List<Unparsed> unparsed) {
  public PlanFile {
    decls = List.copyOf(decls);
    unparsed = List.copyOf(unparsed);
  }

  /**
   * A declaration whose syntax error was reported: its keyword ({@code process}, {@code tree}...)
   * and name.
   */
  public record Unparsed(String keyword, Name name) {}
}
