package io.synergy.compiler.ast;

import io.synergy.compiler.diag.SourceFile;
import java.util.List;
import java.util.Optional;

/** One parsed file: its optional {@code synergy N} header and its declarations in source order. */
public record PlanFile(SourceFile source, Optional<Header> header, List<Decl> decls) {
  public PlanFile {
    decls = List.copyOf(decls);
  }
}
