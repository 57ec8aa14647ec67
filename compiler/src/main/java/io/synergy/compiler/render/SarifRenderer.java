package io.synergy.compiler.render;

import io.synergy.compiler.Version;
import io.synergy.compiler.diag.Code;
import io.synergy.compiler.diag.Diagnostic;
import io.synergy.compiler.diag.Severity;
import io.synergy.compiler.diag.SortedDiagnostics;
import io.synergy.compiler.diag.Span;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code check --format sarif}: SARIF 2.1.0, one run, one rule per code used, for code-scanning
 * tools.
 */
public final class SarifRenderer {
  private SarifRenderer() {}

  public static String render(SortedDiagnostics sorted) {
    Map<Code, Integer> ruleIndex = new TreeMap<>();
    sorted.diagnostics().forEach(d -> ruleIndex.putIfAbsent(d.code(), 0));
    List<String> rules = new ArrayList<>();
    int i = 0;
    for (Map.Entry<Code, Integer> e : ruleIndex.entrySet()) {
      e.setValue(i++);
      rules.add(rule(e.getKey()));
    }
    List<String> results = new ArrayList<>();
    for (Diagnostic d : sorted.diagnostics()) {
      results.add(result(d, ruleIndex.get(d.code())));
    }
    return "{\"$schema\":\"https://json.schemastore.org/sarif-2.1.0.json\",\"version\":\"2.1.0\",\"runs\":[{"
        + "\"tool\":{\"driver\":{\"name\":\"synergyc\",\"version\":"
        + Json.quote(Version.get())
        + ",\"informationUri\":"
        + Json.quote(Version.HOME)
        + ",\"rules\":["
        + String.join(",", rules)
        + "]}},\"columnKind\":\"unicodeCodePoints\",\"results\":["
        + String.join(",", results)
        + "]}]}\n";
  }

  private static String rule(Code code) {
    return "{\"id\":"
        + Json.quote(code.name())
        + ",\"shortDescription\":{\"text\":"
        + Json.quote(code.summary())
        + "},\"helpUri\":"
        + Json.quote(Version.HOME + "/blob/main/docs/diagnostics/" + code.name() + ".md")
        + ",\"defaultConfiguration\":{\"level\":"
        + Json.quote(level(code.severity()))
        + "}}";
  }

  private static String result(Diagnostic d, int ruleIndex) {
    Span s = d.span();
    StringBuilder text = new StringBuilder(d.message());
    d.help().forEach(h -> text.append("\nhelp: ").append(h));
    d.notes().forEach(n -> text.append("\nnote: ").append(n));
    return "{\"ruleId\":"
        + Json.quote(d.code().name())
        + ",\"ruleIndex\":"
        + ruleIndex
        + ",\"level\":"
        + Json.quote(level(d.severity()))
        + ",\"message\":{\"text\":"
        + Json.quote(text.toString())
        + "},\"locations\":[{\"physicalLocation\":{\"artifactLocation\":{\"uri\":"
        + Json.quote(uri(s.file()))
        + "},\"region\":{\"startLine\":"
        + s.line()
        + ",\"startColumn\":"
        + s.column()
        + ",\"endLine\":"
        + s.endLine()
        + ",\"endColumn\":"
        + s.endColumn()
        + "}}}]}";
  }

  private static String level(Severity severity) {
    return severity == Severity.ERROR ? "error" : "warning";
  }

  /**
   * A relative path stays a relative URI reference (forward slashes, percent-encoded); an absolute
   * one a file URI.
   */
  static String uri(String file) {
    Path path = Path.of(file);
    if (path.isAbsolute()) {
      return path.toUri().toString();
    }
    try {
      return new URI(null, null, file.replace('\\', '/'), null).toASCIIString();
    } catch (URISyntaxException e) {
      return file;
    }
  }
}
