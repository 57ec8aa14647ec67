package io.synergy.compiler.check;

import io.synergy.compiler.ast.Condition;
import io.synergy.compiler.ast.MachineDecl;
import io.synergy.compiler.ast.Name;
import io.synergy.compiler.ast.Transition;
import io.synergy.compiler.diag.Code;
import io.synergy.compiler.diag.Diagnostic;
import io.synergy.compiler.diag.Diagnostics;
import io.synergy.compiler.diag.Suggestions;
import io.synergy.plan.machine.JobState;
import io.synergy.plan.machine.Situation;
import io.synergy.plan.machine.UowState;
import io.synergy.plan.machine.UowTest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Proves a machine sound over the finite set of situations (LANGUAGE.md): the period live or past
 * (past only for a machine without {@code live}), finalizable or not, the current unit of work's
 * state or none. Unknown words (SYN300), two transitions that can hold at once (SYN301), dead ends
 * (SYN302), unreachable states (SYN303) and transitions out of finished states (SYN304).
 */
final class MachineChecker {
  private static final List<String> WORDS = List.of("live", "past", "finalizable");
  private static final List<String> STATES =
      Arrays.stream(JobState.values()).map(JobState::word).toList();
  private static final List<String> UOW_WORDS =
      Arrays.stream(UowTest.values()).map(UowTest::word).toList();

  private final Diagnostics diagnostics;

  /** Each transition's condition as the plan evaluates it, lowered once. */
  private final Map<Transition, Optional<io.synergy.plan.machine.Condition>> lowered =
      new java.util.IdentityHashMap<>();

  MachineChecker(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** Every situation a machine's conditions can meet. */
  static List<Situation> situations(boolean live) {
    List<Situation> all = new ArrayList<>();
    for (boolean isLive : live ? List.of(true, false) : List.of(false)) {
      for (boolean finalizable : List.of(true, false)) {
        all.add(new Situation(isLive, finalizable, Optional.empty()));
        for (UowState uow : UowState.values()) {
          all.add(new Situation(isLive, finalizable, Optional.of(uow)));
        }
      }
    }
    return all;
  }

  void check(MachineDecl machine) {
    if (!words(machine)) {
      return;
    }
    List<Situation> situations = situations(machine.live());
    List<Transition> ts = machine.transitions();
    for (Transition t : ts) {
      JobState from = JobState.ofWord(t.from().text());
      if (from.finished()) {
        diagnostics.report(
            Diagnostic.of(
                    Code.SYN304,
                    t.from().span(),
                    "transition out of finished state `" + from.word() + "`")
                .label("a finished job never changes state")
                .note(
                    "`processed`, `skipped` and `noop` are final; `reprocess` starts a job again"));
      }
    }
    overlaps(machine, situations);
    reachability(machine, situations);
  }

  /** SYN300 for every unknown word; true when there was none. */
  private boolean words(MachineDecl machine) {
    int before = diagnostics.size();
    for (Transition t : machine.transitions()) {
      state(t.from());
      state(t.to());
      t.when().ifPresent(this::condition);
    }
    return diagnostics.size() == before;
  }

  private void state(Name name) {
    if (JobState.ofWord(name.text()) == null) {
      unknown(name, "state", STATES, "the states are " + list(STATES));
    }
  }

  private void condition(Condition c) {
    if (c instanceof Condition.Not n) {
      condition(n.operand());
    } else if (c instanceof Condition.And a) {
      condition(a.left());
      condition(a.right());
    } else if (c instanceof Condition.Or o) {
      condition(o.left());
      condition(o.right());
    } else if (c instanceof Condition.Word w && !WORDS.contains(w.word().text())) {
      unknown(
          w.word(),
          "condition word",
          WORDS,
          "conditions are `live`, `past`, `finalizable` and `uow STATE`");
    } else if (c instanceof Condition.Uow u && UowTest.ofWord(u.state().text()) == null) {
      unknown(u.state(), "unit of work state", UOW_WORDS, "after `uow` come " + list(UOW_WORDS));
    }
  }

  private void unknown(Name name, String what, List<String> candidates, String note) {
    Diagnostic.Builder d =
        Diagnostic.of(Code.SYN300, name.span(), "unknown " + what + " `" + name.text() + "`")
            .label("not a " + what)
            .note(note);
    Suggestions.nearest(name.text(), candidates)
        .ifPresent(s -> d.help("did you mean `" + s + "`?"));
    diagnostics.report(d);
  }

  private static String list(List<String> words) {
    return "`" + String.join("`, `", words) + "`";
  }

  private void overlaps(MachineDecl machine, List<Situation> situations) {
    List<Transition> ts = machine.transitions();
    for (int j = 1; j < ts.size(); j++) {
      for (int i = 0; i < j; i++) {
        Transition a = ts.get(i);
        Transition b = ts.get(j);
        if (!a.from().text().equals(b.from().text())) {
          continue;
        }
        Optional<Situation> both =
            situations.stream().filter(s -> holds(a, s) && holds(b, s)).findFirst();
        if (both.isPresent()) {
          diagnostics.report(
              Diagnostic.of(
                      Code.SYN301,
                      b.span(),
                      "two transitions from `"
                          + a.from().text()
                          + "` can hold at once, e.g. when "
                          + both.get())
                  .label("holds together with the earlier transition")
                  .secondary(a.span(), "this one holds too")
                  .help("make the conditions exclusive, e.g. add `and not (...)` to one of them"));
          break;
        }
      }
    }
  }

  private void reachability(MachineDecl machine, List<Situation> situations) {
    Map<JobState, Name> firstMention = new LinkedHashMap<>();
    Map<JobState, Set<JobState>> next = new LinkedHashMap<>();
    for (Transition t : machine.transitions()) {
      JobState from = JobState.ofWord(t.from().text());
      JobState to = JobState.ofWord(t.to().text());
      firstMention.putIfAbsent(from, t.from());
      firstMention.putIfAbsent(to, t.to());
      if (situations.stream().anyMatch(s -> holds(t, s))) {
        next.computeIfAbsent(from, k -> EnumSet.noneOf(JobState.class)).add(to);
      }
    }
    if (machine.transitions().stream()
        .noneMatch(t -> JobState.ofWord(t.from().text()) == JobState.EMBRYO)) {
      diagnostics.report(
          Diagnostic.of(
                  Code.SYN302,
                  machine.name().span(),
                  "machine `" + machine.name().text() + "` has no transition from `embryo`")
              .label("every job starts in `embryo` and would stay there")
              .help("add a transition such as `embryo -> in_progress post`"));
      return;
    }
    Set<JobState> fromEmbryo = reach(EnumSet.of(JobState.EMBRYO), next);
    deadEnds(machine, firstMention, fromEmbryo, next);
    unreachable(machine, firstMention, fromEmbryo, next);
  }

  /**
   * SYN302 where a job gets stuck: on a reachable state from which no finished state can be reached
   * and whose onward states all lead back to it. A state that only leads into such a loop is not
   * reported too, so one missing way out gives one diagnostic, on the loop's first-mentioned state.
   */
  private void deadEnds(
      MachineDecl machine,
      Map<JobState, Name> firstMention,
      Set<JobState> fromEmbryo,
      Map<JobState, Set<JobState>> next) {
    Set<JobState> reported = EnumSet.noneOf(JobState.class);
    for (Map.Entry<JobState, Name> e : firstMention.entrySet()) {
      JobState state = e.getKey();
      Set<JobState> onward = reach(EnumSet.of(state), next);
      if (!state.finished()
          && fromEmbryo.contains(state)
          && onward.stream().noneMatch(JobState::finished)
          && onward.stream().allMatch(s -> reach(EnumSet.of(s), next).contains(state))
          && reported.add(state)) {
        reported.addAll(onward);
        diagnostics.report(
            Diagnostic.of(
                    Code.SYN302,
                    e.getValue().span(),
                    "no finished state can be reached from `"
                        + state.word()
                        + "` in machine `"
                        + machine.name().text()
                        + "`")
                .label("a job here would never finish")
                .help("add a transition that leads on to `processed`, `skipped` or `noop`"));
      }
    }
  }

  /**
   * SYN303 where the way in is missing: on an unreachable state that no other unreachable state
   * leads to (except states it leads back to). States reached only through it are not reported too,
   * so one missing way in gives one warning, on the first-mentioned state.
   */
  private void unreachable(
      MachineDecl machine,
      Map<JobState, Name> firstMention,
      Set<JobState> fromEmbryo,
      Map<JobState, Set<JobState>> next) {
    List<JobState> unreached =
        firstMention.keySet().stream().filter(s -> !fromEmbryo.contains(s)).toList();
    Set<JobState> reported = EnumSet.noneOf(JobState.class);
    for (JobState state : unreached) {
      Set<JobState> onward = reach(EnumSet.of(state), next);
      List<JobState> before =
          unreached.stream().filter(s -> reach(EnumSet.of(s), next).contains(state)).toList();
      if (onward.containsAll(before) && reported.add(state)) {
        reported.addAll(onward);
        diagnostics.report(
            Diagnostic.of(
                    Code.SYN303,
                    firstMention.get(state).span(),
                    "state `"
                        + state.word()
                        + "` is never reached from `embryo` in machine `"
                        + machine.name().text()
                        + "`")
                .label("unreachable")
                .note("transitions whose condition can never hold do not count"));
      }
    }
  }

  private static Set<JobState> reach(Set<JobState> start, Map<JobState, Set<JobState>> next) {
    Set<JobState> seen = EnumSet.copyOf(start);
    Deque<JobState> todo = new ArrayDeque<>(start);
    while (!todo.isEmpty()) {
      for (JobState n : next.getOrDefault(todo.poll(), Set.of())) {
        if (seen.add(n)) {
          todo.add(n);
        }
      }
    }
    return seen;
  }

  private boolean holds(Transition t, Situation s) {
    return lowered
        .computeIfAbsent(t, k -> k.when().map(Conditions::lower))
        .map(c -> c.holds(s))
        .orElse(true);
  }
}
