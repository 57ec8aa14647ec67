package io.synergy.compiler.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.synergy.compiler.Compiler;
import io.synergy.compiler.ast.Decl;
import io.synergy.compiler.ast.MachineDecl;
import io.synergy.compiler.ast.PlanFile;
import io.synergy.compiler.diag.Diagnostics;
import io.synergy.compiler.diag.SourceFile;
import io.synergy.compiler.parse.SourceParser;
import io.synergy.plan.Plan;
import io.synergy.plan.machine.Action;
import io.synergy.plan.machine.Condition;
import io.synergy.plan.machine.Machine;
import io.synergy.plan.machine.Transition;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The prelude that ships with the compiler holds exactly the built-in machines of LANGUAGE.md, is
 * checked like a user file and gives nothing to report.
 */
class PreludeTest {
  private static Plan planOfEmptyFile() {
    Compiler.Compilation c = Compiler.compile(List.of(new SourceFile("empty.synergy", "")));
    assertThat(c.diagnostics().diagnostics()).isEmpty();
    return c.plan().orElseThrow();
  }

  /** A transition as {@code synergyc plan} shows it: from, to, action, canonical condition. */
  private static List<Tuple> table(Machine m) {
    return m.transitions().stream().map(PreludeTest::row).toList();
  }

  private static Tuple row(Transition t) {
    return tuple(
        t.from().word(),
        t.to().word(),
        t.action().map(Action::word).orElse(null),
        t.when().map(Condition::text).orElse(null));
  }

  @Test
  void parse_prelude_hasOnlyTheThreeMachinesAndNoSyntaxError() {
    Diagnostics diagnostics = new Diagnostics();
    PlanFile prelude = new SourceParser(diagnostics).parse(Compiler.prelude());

    assertThat(diagnostics.size()).isZero();
    assertThat(prelude.decls())
        .allMatch(MachineDecl.class::isInstance)
        .extracting(d -> ((MachineDecl) d).name().text())
        .containsExactly("discrete", "continuous", "recomputing");
  }

  @Test
  void check_everyPreludeMachine_givesNoDiagnostics() {
    Diagnostics diagnostics = new Diagnostics();
    PlanFile prelude = new SourceParser(diagnostics).parse(Compiler.prelude());
    MachineChecker checker = new MachineChecker(diagnostics);

    for (Decl d : prelude.decls()) {
      checker.check((MachineDecl) d);
    }

    assertThat(diagnostics.sorted(List.of()).diagnostics()).isEmpty();
  }

  @Test
  void compile_noFiles_givesNoDiagnosticsAndAPlanWithTheBuiltInsOnly() {
    Compiler.Compilation c = Compiler.compile(List.of());

    assertThat(c.diagnostics().diagnostics()).isEmpty();
    Plan plan = c.plan().orElseThrow();
    assertThat(plan.processes()).isEmpty();
    assertThat(plan.trees()).isEmpty();
    assertThat(plan.machines()).extracting(Machine::name).hasSize(3);
  }

  @Test
  void lower_emptyFile_hasDiscreteContinuousRecomputingInThatOrder() {
    assertThat(planOfEmptyFile().machines())
        .extracting(Machine::name, Machine::live)
        .containsExactly(
            tuple("discrete", false), tuple("continuous", true), tuple("recomputing", true));
  }

  @Test
  void lower_discrete_hasTheTransitionsOfTheLanguage() {
    assertThat(table(planOfEmptyFile().machine("discrete").orElseThrow()))
        .containsExactly(
            tuple("embryo", "in_progress", "post", null),
            tuple("in_progress", "in_progress", "post", "(uow finished and (not finalizable))"),
            tuple("in_progress", "processed", null, "(uow processed and finalizable)"),
            tuple("in_progress", "noop", null, "(uow noop and finalizable)"),
            tuple("in_progress", "skipped", null, "(uow canceled and finalizable)"));
  }

  @Test
  void lower_continuous_hasTheTransitionsOfTheLanguage() {
    assertThat(table(planOfEmptyFile().machine("continuous").orElseThrow()))
        .containsExactly(
            tuple("embryo", "in_progress", "post", "(live or (not finalizable))"),
            tuple("embryo", "final_run", "post", "(past and finalizable)"),
            tuple(
                "in_progress",
                "in_progress",
                "post",
                "(uow finished and (live or (not finalizable)))"),
            tuple("in_progress", "final_run", "post", "((uow finished and past) and finalizable)"),
            tuple("final_run", "processed", null, "uow processed"),
            tuple("final_run", "noop", null, "uow noop"),
            tuple("final_run", "skipped", null, "uow canceled"));
  }

  @Test
  void lower_recomputing_hasTheTransitionsOfTheLanguage() {
    assertThat(table(planOfEmptyFile().machine("recomputing").orElseThrow()))
        .containsExactly(
            tuple("embryo", "in_progress", "post range", null),
            tuple(
                "in_progress",
                "in_progress",
                "extend",
                "((live or (not finalizable)) and (uow requested or uow invalid))"),
            tuple(
                "in_progress",
                "in_progress",
                "post range",
                "((live or (not finalizable)) and (not (uow requested or uow invalid)))"),
            tuple("in_progress", "final_run", "post range", "(past and finalizable)"),
            tuple("final_run", "processed", null, "uow processed"),
            tuple("final_run", "noop", null, "uow noop"),
            tuple("final_run", "skipped", null, "uow canceled"));
  }

  @Test
  void lower_builtInMachines_comeBeforeDeclaredOnes() {
    String plan =
        """
        machine careful {
            embryo      -> in_progress  post
            in_progress -> processed           when uow processed
            in_progress -> skipped             when uow finished and not uow processed
        }
        process p { period daily  machine careful  run "bin/p" }
        """;
    Compiler.Compilation c = Compiler.compile(List.of(new SourceFile("plan.synergy", plan)));

    assertThat(c.plan().orElseThrow().machines())
        .extracting(Machine::name)
        .containsExactly("discrete", "continuous", "recomputing", "careful");
  }
}
