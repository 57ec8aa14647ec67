package io.synergy.compiler.lower;

import io.synergy.compiler.ast.MachineDecl;
import io.synergy.compiler.ast.ProcessDecl;
import io.synergy.compiler.ast.ProcessKind;
import io.synergy.compiler.ast.StringLit;
import io.synergy.compiler.ast.TreeDecl;
import io.synergy.compiler.ast.Value;
import io.synergy.compiler.check.Checker;
import io.synergy.compiler.check.Conditions;
import io.synergy.compiler.check.Placeholders;
import io.synergy.plan.ExitMapping;
import io.synergy.plan.Origin;
import io.synergy.plan.PeriodKind;
import io.synergy.plan.Plan;
import io.synergy.plan.Process;
import io.synergy.plan.RunTemplate;
import io.synergy.plan.Settings;
import io.synergy.plan.Tree;
import io.synergy.plan.machine.Action;
import io.synergy.plan.machine.JobState;
import io.synergy.plan.machine.Machine;
import io.synergy.plan.machine.Transition;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lowers a checked plan to the plan IR: references resolved, every default of LANGUAGE.md filled
 * in, nothing of the source left but origins. Runs only when the checks reported no error.
 */
public final class PlanLowerer {
  private final Checker.Checked checked;
  private final Attributes settings;

  public PlanLowerer(Checker.Checked checked) {
    this.checked = checked;
    this.settings = new Attributes(checked.settings());
  }

  public Plan lower() {
    Settings s = settings();
    Map<String, String> treeOf = new HashMap<>();
    checked
        .symbols()
        .trees()
        .values()
        .forEach(t -> t.members().forEach(m -> treeOf.put(m.text(), t.name().text())));
    List<Process> processes = new ArrayList<>();
    for (ProcessDecl p : checked.symbols().processes().values()) {
      processes.add(
          process(
              p, new Attributes(checked.processes().get(p.name().text())), s.timezone(), treeOf));
    }
    Map<String, PeriodKind> periods = new HashMap<>();
    processes.forEach(p -> p.period().ifPresent(k -> periods.put(p.name(), k)));
    List<Tree> trees =
        checked.symbols().trees().values().stream().map(t -> tree(t, periods)).toList();
    List<Machine> machines =
        checked.symbols().machines().values().stream().map(PlanLowerer::machine).toList();
    return new Plan(s, processes, trees, machines);
  }

  private Settings settings() {
    Settings d = Settings.DEFAULT;
    ZoneId zone = settings.string("timezone").map(ZoneId::of).orElse(d.timezone());
    Optional<Settings.Start> start =
        settings
            .value("start", Value.Start.class)
            .map(
                v ->
                    v.date().isPresent()
                        ? new Settings.Start.OnDate(v.date().get().value())
                        : new Settings.Start.Before(v.before().orElseThrow().value()));
    Settings.Gc gc =
        new Settings.Gc(
            settings.duration("gc.every").orElse(d.gc().every()),
            settings.duration("gc.resubmit_after").orElse(d.gc().resubmitAfter()),
            settings.duration("gc.release_lag").orElse(d.gc().releaseLag()),
            settings.duration("gc.life_support").orElse(d.gc().lifeSupport()));
    return new Settings(
        zone,
        start,
        settings.duration("discrete_lag").orElse(d.discreteLag()),
        settings.integer("max_failures").orElse(d.maxFailures()),
        gc);
  }

  private static Process process(
      ProcessDecl p, Attributes a, ZoneId zone, Map<String, String> treeOf) {
    boolean managed = p.kind() == ProcessKind.MANAGED;
    String name = p.name().text();
    Optional<Value.Retries> retries = a.value("retries", Value.Retries.class);
    Map<String, RunTemplate.Arg> args = new LinkedHashMap<>();
    a.value("args", Value.Args.class)
        .ifPresent(
            v ->
                v.entries()
                    .forEach(
                        e -> args.putIfAbsent(e.name().text(), Placeholders.template(e.value()))));
    return new Process(
        name,
        managed ? Process.Kind.MANAGED : Process.Kind.FREERUN,
        managed ? a.word("period").map(PeriodKind::of) : Optional.empty(),
        managed ? Optional.of(a.word("machine").orElse("discrete")) : Optional.empty(),
        managed
            ? Optional.of(
                a.word("blocking")
                    .map(w -> Process.Blocking.valueOf(w.toUpperCase(java.util.Locale.ROOT)))
                    .orElse(Process.Blocking.NORMAL))
            : Optional.empty(),
        Triggers.lower(
            a.value("trigger", Value.TriggerValue.class).map(Value.TriggerValue::trigger), zone),
        new RunTemplate(
            a.value("run", Value.Strings.class).orElseThrow().items().stream()
                .map(Placeholders::template)
                .toList()),
        a.string("queue").orElse(Process.defaultQueue(name)),
        a.value("boxes", Value.Strings.class)
            .map(b -> b.items().stream().map(StringLit::value).toList())
            .orElse(List.of()),
        a.integer("group").orElse(1),
        retries.map(r -> r.count().value()).orElse(0),
        retries.flatMap(Value.Retries::backoff).map(b -> b.value()).orElse(Duration.ofSeconds(30)),
        a.duration("timeout"),
        exit(a),
        a.string("source"),
        a.string("sink"),
        args,
        managed ? Optional.ofNullable(treeOf.get(name)) : Optional.empty(),
        a.word("enabled").map(Boolean::parseBoolean).orElse(true),
        new Origin(p.name().span().file(), p.name().span().line()));
  }

  private static ExitMapping exit(Attributes a) {
    List<Integer> noop = new ArrayList<>();
    List<Integer> canceled = new ArrayList<>();
    a.value("exit", Value.Exit.class)
        .ifPresent(
            e ->
                e.entries()
                    .forEach(
                        x ->
                            (x.meaning().equals("noop") ? noop : canceled)
                                .add(x.status().value())));
    return new ExitMapping(noop, canceled);
  }

  private static Tree tree(TreeDecl t, Map<String, PeriodKind> periods) {
    List<String> members =
        t.members().stream()
            .map(n -> n.text())
            .distinct()
            .sorted(Comparator.comparing(periods::get))
            .toList();
    return new Tree(
        t.name().text(),
        members,
        t.dependsOn().stream().map(n -> n.text()).distinct().toList(),
        new Origin(t.name().span().file(), t.name().span().line()));
  }

  private static Machine machine(MachineDecl m) {
    return new Machine(
        m.name().text(),
        m.live(),
        m.transitions().stream()
            .map(
                t ->
                    new Transition(
                        JobState.ofWord(t.from().text()),
                        JobState.ofWord(t.to().text()),
                        t.action().map(x -> Action.valueOf(x.kind().name())),
                        t.when().map(Conditions::lower)))
            .toList());
  }
}
