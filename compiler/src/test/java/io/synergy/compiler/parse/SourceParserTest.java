package io.synergy.compiler.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.synergy.compiler.Compiler;
import io.synergy.compiler.ast.Condition;
import io.synergy.compiler.ast.MachineDecl;
import io.synergy.compiler.ast.ProcessDecl;
import io.synergy.compiler.diag.Code;
import io.synergy.compiler.diag.Diagnostic;
import io.synergy.compiler.diag.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The parser's limits and recovery. Regressions: each of the deeply nested inputs below used to end
 * the compiler with a {@link StackOverflowError}.
 */
class SourceParserTest {
  private static final String PATH = "plans/deep.synergy";
  private static final String NEXT = "\nprocess next { period daily }\n";

  @Test
  void parse_thousandsOfNots_reportsOneSyntaxErrorAndGoesOn() {
    Compiler.Compilation c = compile("machine m { a -> b when " + "not ".repeat(5000) + "past }");

    Diagnostic d = onlyDiagnostic(c);
    assertThat(d.code()).isEqualTo(Code.SYN001);
    assertThat(d.message()).isEqualTo("nested more than 100 levels deep");
    assertThat(d.span().line()).isEqualTo(1);
    assertThat(d.span().column()).isEqualTo(25 + 4 * 97);
    assertOnlyNextDeclarationParsed(c);
  }

  @Test
  void parse_thousandsOfParentheses_reportsOneSyntaxErrorAndGoesOn() {
    Compiler.Compilation c =
        compile("machine m { a -> b when " + "(".repeat(5000) + "past" + ")".repeat(5000) + " }");

    Diagnostic d = onlyDiagnostic(c);
    assertThat(d.message()).isEqualTo("nested more than 100 levels deep");
    assertOnlyNextDeclarationParsed(c);
  }

  @Test
  void parse_thousandsOfNestedGcBlocks_reportsOneSyntaxErrorAndGoesOn() {
    Compiler.Compilation c =
        compile("settings { " + "gc { ".repeat(5000) + "}".repeat(5000) + " }");

    Diagnostic d = onlyDiagnostic(c);
    assertThat(d.code()).isEqualTo(Code.SYN001);
    assertThat(d.message()).isEqualTo("nested more than 100 levels deep");
    assertOnlyNextDeclarationParsed(c);
  }

  @Test
  void parse_thousandsOfAnds_reportsOneSyntaxErrorAndGoesOn() {
    Compiler.Compilation c =
        compile("machine m { a -> b when past" + " and live".repeat(5000) + " }");

    Diagnostic d = onlyDiagnostic(c);
    assertThat(d.code()).isEqualTo(Code.SYN001);
    assertThat(d.message()).isEqualTo("condition nested more than 100 levels deep");
    assertThat(d.span().column()).isEqualTo(25);
    assertOnlyNextDeclarationParsed(c);
  }

  @Test
  void parse_nestingWithinTheLimit_buildsTheWholeCondition() {
    Compiler.Compilation c =
        compile("machine m { a -> b when " + "not (".repeat(40) + "past" + ")".repeat(40) + " }");

    assertThat(syntax(c)).isEmpty();
    MachineDecl machine = (MachineDecl) c.files().get(0).decls().get(0);
    Condition condition = machine.transitions().get(0).when().orElseThrow();
    int nots = 0;
    while (condition instanceof Condition.Not not) {
      condition = not.operand();
      nots++;
    }
    assertThat(nots).isEqualTo(40);
    assertThat(condition).isInstanceOf(Condition.Word.class);
  }

  @Test
  void parse_chainWithinTheLimit_buildsTheWholeCondition() {
    Compiler.Compilation c = compile("machine m { a -> b when past" + " or live".repeat(60) + " }");

    assertThat(syntax(c)).isEmpty();
    MachineDecl machine = (MachineDecl) c.files().get(0).decls().get(0);
    assertThat(machine.transitions().get(0).when()).containsInstanceOf(Condition.Or.class);
  }

  @Test
  void parse_tooDeepTwice_reportsEachDeclarationOnce() {
    String deep = "machine m { a -> b when " + "not ".repeat(500) + "past }\n";

    Compiler.Compilation c = compile(deep + deep);

    assertThat(syntax(c)).extracting(d -> d.span().line()).containsExactly(1, 2);
    assertThat(c.files().get(0).decls()).hasSize(1);
  }

  /**
   * The syntax diagnostics (SYN0xx): these tests are about the parser, not about the plans'
   * meaning.
   */
  private static List<Diagnostic> syntax(Compiler.Compilation c) {
    return c.diagnostics().diagnostics().stream()
        .filter(d -> d.code().name().startsWith("SYN0"))
        .toList();
  }

  private static Compiler.Compilation compile(String text) {
    return Compiler.compile(List.of(new SourceFile(PATH, text + NEXT)));
  }

  private static Diagnostic onlyDiagnostic(Compiler.Compilation c) {
    assertThat(syntax(c)).hasSize(1);
    return syntax(c).get(0);
  }

  private static void assertOnlyNextDeclarationParsed(Compiler.Compilation c) {
    assertThat(c.files().get(0).decls())
        .singleElement()
        .isInstanceOfSatisfying(
            ProcessDecl.class, p -> assertThat(p.name().text()).isEqualTo("next"));
  }
}
