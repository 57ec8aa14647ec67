package io.synergy.compiler.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.synergy.compiler.Compiler;
import io.synergy.compiler.diag.Code;
import io.synergy.compiler.diag.Diagnostic;
import io.synergy.compiler.diag.SourceFile;
import io.synergy.plan.machine.JobState;
import io.synergy.plan.machine.Machine;
import io.synergy.plan.machine.Situation;
import io.synergy.plan.machine.Transition;
import io.synergy.plan.machine.UowState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The machine checks over every situation: determinism (SYN301), dead ends (SYN302), unreachable
 * states (SYN303), finished states with a way out (SYN304), and unknown words (SYN300) stopping the
 * rest for their machine.
 */
class MachineCheckerTest {
  private static final String FILE = "plan.synergy";

  private static List<Diagnostic> compile(String text) {
    return Compiler.compile(List.of(new SourceFile(FILE, text))).diagnostics().diagnostics();
  }

  /** Every situation there is, live and past alike, built here rather than by the checker. */
  private static List<Situation> everySituation() {
    List<Situation> all = new ArrayList<>();
    for (boolean live : new boolean[] {true, false}) {
      for (boolean finalizable : new boolean[] {true, false}) {
        all.add(new Situation(live, finalizable, Optional.empty()));
        for (UowState uow : UowState.values()) {
          all.add(new Situation(live, finalizable, Optional.of(uow)));
        }
      }
    }
    return all;
  }

  private static List<Machine> builtIns() {
    return Compiler.compile(List.of()).plan().orElseThrow().machines();
  }

  @Test
  void situations_liveMachine_liveAndPastTimesFinalizableTimesUowStateOrNone() {
    List<Situation> situations = MachineChecker.situations(true);

    assertThat(situations).hasSize(2 * 2 * (UowState.values().length + 1)).doesNotHaveDuplicates();
    assertThat(situations).containsExactlyInAnyOrderElementsOf(everySituation());
  }

  @Test
  void situations_machineWithoutLive_pastOnly() {
    List<Situation> situations = MachineChecker.situations(false);

    assertThat(situations).hasSize(2 * (UowState.values().length + 1)).noneMatch(Situation::live);
  }

  @Test
  void builtIns_everyStateInEverySituation_atMostOneTransitionHolds() {
    List<Machine> machines = builtIns();
    assertThat(machines).hasSize(3);
    List<String> violations = new ArrayList<>();
    for (Machine m : machines) {
      for (Situation s : everySituation()) {
        for (JobState state : JobState.values()) {
          List<Transition> holding =
              m.transitions().stream().filter(t -> t.from() == state && t.holds(s)).toList();
          if (holding.size() > 1) {
            violations.add(m.name() + " from " + state.word() + " when " + s + ": " + holding);
          }
        }
      }
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void builtIns_everyActiveState_hasAWayOnInSomeSituationAndNoneOutOfFinishedStates() {
    for (Machine m : builtIns()) {
      for (JobState state : List.of(JobState.EMBRYO, JobState.IN_PROGRESS)) {
        assertThat(everySituation().stream().anyMatch(s -> m.next(state, s).isPresent()))
            .as("%s moves on from %s", m.name(), state.word())
            .isTrue();
      }
      assertThat(m.transitions()).noneMatch(t -> t.from().finished());
    }
  }

  @Test
  void builtIns_finishedUnitOfWorkOnFinalRun_alwaysFinishesTheJob() {
    for (Machine m : builtIns()) {
      if (m.transitions().stream().noneMatch(t -> t.from() == JobState.FINAL_RUN)) {
        continue;
      }
      for (Situation s : everySituation()) {
        boolean finishedUow = s.uow().map(u -> !u.active()).orElse(false);
        assertThat(m.next(JobState.FINAL_RUN, s).map(t -> t.to().finished()).orElse(false))
            .as("%s from final_run when %s", m.name(), s)
            .isEqualTo(finishedUow);
      }
    }
  }

  private static final String WHEN_LIVE_MACHINE =
      """
      machine careful%s {
          embryo      -> in_progress  post
          in_progress -> in_progress  post   when uow finished and not finalizable
          in_progress -> processed           when uow processed and finalizable and past
          in_progress -> skipped             when (uow canceled or uow noop) and finalizable and past
          in_progress -> final_run    post   when uow finished and finalizable and live
          final_run   -> processed           when uow processed
          final_run   -> skipped             when uow finished and not uow processed
      }
      process p { period daily  machine careful  run "bin/p" }
      """;

  @Test
  void check_whenLiveInMachineWithoutLive_targetIsUnreachable() {
    assertThat(compile(WHEN_LIVE_MACHINE.formatted("")))
        .extracting(
            Diagnostic::code, d -> d.span().line(), d -> d.span().column(), d -> d.message())
        .containsExactly(
            tuple(
                Code.SYN303,
                6,
                20,
                "state `final_run` is never reached from `embryo` in machine `careful`"));
  }

  @Test
  void check_whenLiveInLiveMachine_targetIsReachable() {
    assertThat(compile(WHEN_LIVE_MACHINE.formatted(" live"))).isEmpty();
  }

  private static final String OVERLAP_WHEN_LIVE =
      """
      machine rolling%s {
          embryo      -> in_progress  post
          in_progress -> final_run    post   when live
          in_progress -> processed           when uow processed
          in_progress -> skipped             when uow finished and not uow processed
          final_run   -> processed           when uow processed
          final_run   -> skipped             when uow finished and not uow processed
      }
      process p { period daily  machine rolling  run "bin/p" }
      """;

  @Test
  void check_transitionsOverlappingOnlyOnLivePeriod_fineWithoutLive() {
    // Without `live`, `final_run` is unreachable: the only warning.
    assertThat(compile(OVERLAP_WHEN_LIVE.formatted("")))
        .extracting(Diagnostic::code)
        .containsExactly(Code.SYN303);
  }

  @Test
  void check_transitionsOverlappingOnlyOnLivePeriod_errorWithLiveShowingALiveSituation() {
    assertThat(compile(OVERLAP_WHEN_LIVE.formatted(" live")))
        .extracting(Diagnostic::code, d -> d.span().line(), d -> d.message())
        .containsExactly(
            tuple(
                Code.SYN301,
                4,
                "two transitions from `in_progress` can hold at once, e.g. when live, finalizable,"
                    + " uow processed"),
            tuple(
                Code.SYN301,
                5,
                "two transitions from `in_progress` can hold at once, e.g. when live, finalizable,"
                    + " uow noop"));
  }

  @Test
  void check_overlap_isOnTheLaterTransitionWithTheEarlierAsSecondaryLabel() {
    Diagnostic d =
        compile(
                """
                machine m {
                    embryo      -> in_progress  post
                    in_progress -> processed           when uow processed
                    in_progress -> skipped             when uow finished
                }
                process p { period daily  machine m  run "bin/p" }
                """)
            .get(0);

    assertThat(d.code()).isEqualTo(Code.SYN301);
    assertThat(d.span())
        .extracting(s -> s.line(), s -> s.column(), s -> s.endLine(), s -> s.endColumn())
        .containsExactly(4, 5, 4, 57);
    assertThat(d.labels()).singleElement().satisfies(l -> assertThat(l.span().line()).isEqualTo(3));
    assertThat(d.message()).endsWith("e.g. when past, finalizable, uow processed");
  }

  /**
   * Once its one misspelled word is fixed: two overlapping transitions, two dead ends, a transition
   * out of a finished state, which is itself never reached.
   */
  private static final String BROKEN_MACHINE =
      """
      machine m {
          embryo      -> in_progress  post
          embryo      -> final_run    post
          in_progress -> in_progress  post   when uow %s
          noop        -> in_progress
      }
      process p { period daily  machine m  run "bin/p" }
      """;

  @ParameterizedTest
  @ValueSource(strings = {"finshed", "finished and finalizble", "finished or lve"})
  void check_unknownWord_isTheOnlyDiagnosticOfItsMachine(String condition) {
    assertThat(compile(BROKEN_MACHINE.formatted(condition)))
        .extracting(Diagnostic::code, d -> d.span().line())
        .containsExactly(tuple(Code.SYN300, 4));
  }

  @Test
  void check_unknownState_isTheOnlyDiagnosticOfItsMachine() {
    assertThat(compile(BROKEN_MACHINE.formatted("finished").replace("final_run", "finl_run")))
        .extracting(Diagnostic::code, d -> d.span().line(), Diagnostic::help)
        .containsExactly(tuple(Code.SYN300, 3, List.of("did you mean `final_run`?")));
  }

  @Test
  void check_knownWords_otherChecksRun() {
    assertThat(compile(BROKEN_MACHINE.formatted("finished")))
        .extracting(Diagnostic::code, d -> d.span().line())
        .containsExactly(
            tuple(Code.SYN302, 2), // in_progress only posts again
            tuple(Code.SYN301, 3), // embryo -> final_run overlaps embryo -> in_progress
            tuple(Code.SYN302, 3), // final_run has no way out
            tuple(Code.SYN303, 5), // nothing enters noop
            tuple(Code.SYN304, 5)); // out of noop
  }

  @Test
  void check_unknownWordInOneMachine_otherMachineStillChecked() {
    String plan =
        BROKEN_MACHINE.formatted("finshed")
            + """
            machine n {
                embryo      -> in_progress  post
                in_progress -> in_progress  post   when uow finished
            }
            process q { period daily  machine n  run "bin/q" }
            """;

    assertThat(compile(plan))
        .extracting(Diagnostic::code, d -> d.span().line())
        .containsExactly(tuple(Code.SYN300, 4), tuple(Code.SYN302, 9));
  }

  @Test
  void check_stateLeadingOnlyIntoADeadEnd_notReportedAgain() {
    assertThat(
            compile(
                """
                machine m {
                    embryo      -> in_progress  post
                    in_progress -> final_run    post   when uow finished
                    final_run   -> final_run    post   when uow finished
                }
                process p { period daily  machine m  run "bin/p" }
                """))
        .extracting(Diagnostic::code, d -> d.span().line(), d -> d.span().column())
        .containsExactly(tuple(Code.SYN302, 3, 20));
  }

  @Test
  void check_twoSeparateDeadEnds_eachReported() {
    assertThat(
            compile(
                """
                machine m {
                    embryo      -> in_progress  post   when not finalizable
                    embryo      -> final_run    post   when finalizable
                    in_progress -> in_progress  post   when uow finished
                    final_run   -> final_run    post   when uow finished
                }
                process p { period daily  machine m  run "bin/p" }
                """))
        .extracting(Diagnostic::code, d -> d.span().line())
        .containsExactly(tuple(Code.SYN302, 2), tuple(Code.SYN302, 3));
  }

  @Test
  void check_stateReachedOnlyFromAnUnreachableOne_notReportedAgain() {
    assertThat(
            compile(
                """
                machine m {
                    embryo      -> in_progress  post
                    in_progress -> processed           when uow processed
                    in_progress -> skipped             when uow finished and not uow processed
                    final_run   -> noop                when uow noop
                }
                process p { period daily  machine m  run "bin/p" }
                """))
        .extracting(Diagnostic::code, d -> d.span().line(), d -> d.span().column())
        .containsExactly(tuple(Code.SYN303, 5, 5));
  }

  @Test
  void check_noTransitionFromEmbryo_reportedOnTheMachineNameOnly() {
    assertThat(
            compile(
                """
                machine stuck {
                    in_progress -> processed           when uow processed
                    final_run   -> in_progress  post
                }
                process p { period daily  machine stuck  run "bin/p" }
                """))
        .extracting(Diagnostic::code, d -> d.span().line(), d -> d.span().column())
        .containsExactly(tuple(Code.SYN302, 1, 9));
  }

  @Test
  void check_transitionOutOfFinishedState_onTheState() {
    assertThat(
            compile(
                """
                machine m {
                    embryo      -> in_progress  post
                    in_progress -> processed           when uow processed
                    in_progress -> skipped             when uow finished and not uow processed
                    processed   -> in_progress  post   when not finalizable
                }
                process p { period daily  machine m  run "bin/p" }
                """))
        .extracting(Diagnostic::code, d -> d.span().line(), d -> d.span().column())
        .containsExactly(tuple(Code.SYN304, 5, 5));
  }

  @Test
  void check_machineNoProcessUses_warnsOnItsName() {
    assertThat(
            compile(
                """
                machine spare {
                    embryo      -> in_progress  post
                    in_progress -> processed           when uow processed
                    in_progress -> skipped             when uow finished and not uow processed
                }
                process p { period daily  machine continuous  run "bin/p" }
                """))
        .extracting(Diagnostic::code, d -> d.span().line(), d -> d.span().column())
        .containsExactly(tuple(Code.SYN406, 1, 9));
  }
}
