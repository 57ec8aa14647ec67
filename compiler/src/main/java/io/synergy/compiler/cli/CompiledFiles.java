package io.synergy.compiler.cli;

import io.synergy.compiler.Compiler;
import io.synergy.compiler.diag.SortedDiagnostics;
import io.synergy.compiler.diag.SourceFile;
import io.synergy.compiler.render.TextDiagnosticsRenderer;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The files of a command line, read and compiled: what every `synergyc` command that takes files
 * starts with.
 */
record CompiledFiles(List<SourceFile> sources, Compiler.Compilation compilation) {

  /**
   * Reads and compiles; when a file cannot be read, says so on {@code err} and returns null (exit
   * 2).
   */
  static CompiledFiles compile(List<String> paths, PrintWriter err) {
    SourceReader.Result read = SourceReader.read(paths);
    if (!read.problems().isEmpty()) {
      read.problems().forEach(err::println);
      err.flush();
      return null;
    }
    return new CompiledFiles(read.sources(), Compiler.compile(read.sources()));
  }

  /** The diagnostics in rustc's text layout. */
  void printDiagnostics(PrintWriter out, SortedDiagnostics diagnostics, boolean color) {
    Map<String, SourceFile> byPath =
        sources.stream()
            .collect(Collectors.toMap(SourceFile::path, Function.identity(), (a, b) -> a));
    out.print(new TextDiagnosticsRenderer(byPath, color).render(diagnostics));
    out.flush();
  }

  void printDiagnostics(PrintWriter out, boolean color) {
    printDiagnostics(out, compilation.diagnostics(), color);
  }
}
