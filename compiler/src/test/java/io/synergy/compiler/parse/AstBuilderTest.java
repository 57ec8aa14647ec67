package io.synergy.compiler.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.synergy.compiler.Compiler;
import io.synergy.compiler.ast.Action;
import io.synergy.compiler.ast.Attribute;
import io.synergy.compiler.ast.Condition;
import io.synergy.compiler.ast.Decl;
import io.synergy.compiler.ast.MachineDecl;
import io.synergy.compiler.ast.Name;
import io.synergy.compiler.ast.PlanFile;
import io.synergy.compiler.ast.ProcessDecl;
import io.synergy.compiler.ast.ProcessKind;
import io.synergy.compiler.ast.SettingsDecl;
import io.synergy.compiler.ast.StringLit;
import io.synergy.compiler.ast.Transition;
import io.synergy.compiler.ast.TreeDecl;
import io.synergy.compiler.ast.Trigger;
import io.synergy.compiler.ast.Value;
import io.synergy.compiler.diag.SourceFile;
import io.synergy.compiler.diag.Span;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The AST of the language page's complete example, and the shapes of conditions. */
class AstBuilderTest {
  private static final String PATH = "plans/valid.synergy";
  private static PlanFile plan;

  @BeforeAll
  static void compileValidPlan() throws IOException {
    String text;
    try (InputStream in = AstBuilderTest.class.getResourceAsStream("/plans/valid.synergy")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Compiler.Compilation c = Compiler.compile(List.of(new SourceFile(PATH, text)));
    assertThat(c.diagnostics().diagnostics()).isEmpty();
    plan = c.files().get(0);
  }

  @Test
  void build_validPlan_readsTheHeader() {
    assertThat(plan.header()).isPresent();
    assertThat(plan.header().get().version().value()).isEqualTo(1);
    assertThat(plan.header().get().span()).isEqualTo(span(1, 1, 1, 10));
  }

  @Test
  void build_validPlan_keepsDeclarationsInSourceOrder() {
    assertThat(plan.decls())
        .extracting(AstBuilderTest::describe)
        .containsExactly(
            "settings",
            "process site_hourly",
            "process site_daily",
            "process site_monthly",
            "process site_yearly",
            "process client_daily",
            "process client_monthly",
            "process client_yearly",
            "tree site",
            "tree client",
            "freerun nightly_backup",
            "machine careful");
  }

  @Test
  void build_settings_givesEachAttributeItsValueType() {
    SettingsDecl settings = (SettingsDecl) plan.decls().get(0);

    assertThat(settings.keyword()).isEqualTo(span(3, 1, 3, 9));
    assertThat(settings.span()).isEqualTo(span(3, 1, 14, 2));
    assertThat(settings.attributes())
        .extracting(a -> a.key().text(), a -> a.value().getClass().getSimpleName())
        .containsExactly(
            tuple("timezone", "Strings"),
            tuple("start", "Start"),
            tuple("discrete_lag", "Duration"),
            tuple("max_failures", "Int"),
            tuple("gc", "Block"));
    Value.Start start = (Value.Start) value(settings.attributes(), "start");
    assertThat(start.date().orElseThrow().value()).isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(((Value.Int) value(settings.attributes(), "max_failures")).value().value())
        .isEqualTo(3);
  }

  @Test
  void build_gcBlock_holdsFourDurationsAndSpansBothBraces() {
    SettingsDecl settings = (SettingsDecl) plan.decls().get(0);
    Value.Block gc = (Value.Block) value(settings.attributes(), "gc");

    assertThat(gc.span()).isEqualTo(span(8, 8, 13, 6));
    assertThat(gc.attributes())
        .extracting(a -> a.key().text(), a -> ((Value.Duration) a.value()).value().value())
        .containsExactly(
            tuple("every", Duration.ofSeconds(60)),
            tuple("resubmit_after", Duration.ofHours(1)),
            tuple("release_lag", Duration.ofMinutes(15)),
            tuple("life_support", Duration.ofHours(48)));
  }

  @Test
  void build_process_givesEachAttributeItsValueType() {
    ProcessDecl p = process("site_hourly");

    assertThat(p.kind()).isEqualTo(ProcessKind.MANAGED);
    assertThat(p.span()).isEqualTo(span(16, 1, 24, 2));
    assertThat(p.name().span()).isEqualTo(span(16, 9, 16, 20));
    assertThat(p.attributes())
        .extracting(a -> a.key().text(), a -> a.value().getClass().getSimpleName())
        .containsExactly(
            tuple("period", "Word"),
            tuple("machine", "Word"),
            tuple("trigger", "TriggerValue"),
            tuple("source", "Strings"),
            tuple("sink", "Strings"),
            tuple("run", "Strings"),
            tuple("boxes", "Strings"));
    assertThat(((Value.Word) value(p.attributes(), "period")).word()).isEqualTo("hourly");
    assertThat(((Value.Word) value(p.attributes(), "machine")).word()).isEqualTo("recomputing");
    assertThat(strings(p, "boxes")).containsExactly("dev.*", "prod-[0-9]+");
  }

  @Test
  void build_everyTrigger_hasExactSpans() {
    Attribute trigger = attribute(process("site_hourly").attributes(), "trigger");
    Trigger.Every every = (Trigger.Every) ((Value.TriggerValue) trigger.value()).trigger();

    assertThat(trigger.span()).isEqualTo(span(19, 5, 19, 23));
    assertThat(trigger.key().span()).isEqualTo(span(19, 5, 19, 12));
    assertThat(every.span()).isEqualTo(span(19, 15, 19, 23));
    assertThat(every.every().value()).isEqualTo(Duration.ofMinutes(5));
    assertThat(every.every().span()).isEqualTo(span(19, 21, 19, 23));
    assertThat(every.zone()).isEmpty();
  }

  @Test
  void build_run_keepsEveryArgumentAndSpansThemAll() {
    ProcessDecl p = process("site_hourly");
    Value.Strings run = (Value.Strings) value(p.attributes(), "run");

    assertThat(strings(p, "run"))
        .containsExactly("python3", "workers/site_hourly.py", "--from", "{start}", "--to", "{end}");
    assertThat(run.items().get(0).span()).isEqualTo(span(22, 15, 22, 24));
    assertThat(run.span()).isEqualTo(span(22, 15, 22, 83));
  }

  @Test
  void build_clientDaily_readsAtRetriesTimeoutAndExit() {
    ProcessDecl p = process("client_daily");

    assertThat(((Value.Word) value(p.attributes(), "blocking")).word()).isEqualTo("dependencies");
    Trigger.At at = (Trigger.At) ((Value.TriggerValue) value(p.attributes(), "trigger")).trigger();
    assertThat(at.span()).isEqualTo(span(41, 15, 41, 42));
    assertThat(at.times()).hasSize(2);
    Trigger.AtTime weekdays = at.times().get(0);
    assertThat(weekdays.days().orElseThrow().first().day()).isEqualTo(DayOfWeek.MONDAY);
    assertThat(weekdays.days().orElseThrow().last().orElseThrow().day())
        .isEqualTo(DayOfWeek.FRIDAY);
    assertThat(weekdays.days().orElseThrow().span()).isEqualTo(span(41, 18, 41, 25));
    assertThat(weekdays.time().value()).isEqualTo(LocalTime.of(6, 0));
    Trigger.AtTime saturday = at.times().get(1);
    assertThat(saturday.days().orElseThrow().first().day()).isEqualTo(DayOfWeek.SATURDAY);
    assertThat(saturday.days().orElseThrow().last()).isEmpty();
    assertThat(saturday.time().value()).isEqualTo(LocalTime.of(8, 30));
    assertThat(saturday.span()).isEqualTo(span(41, 33, 41, 42));

    Value.Retries retries = (Value.Retries) value(p.attributes(), "retries");
    assertThat(retries.count().value()).isEqualTo(3);
    assertThat(retries.backoff().orElseThrow().value()).isEqualTo(Duration.ofSeconds(30));
    assertThat(retries.span()).isEqualTo(span(43, 15, 43, 28));
    assertThat(((Value.Duration) value(p.attributes(), "timeout")).value().value())
        .isEqualTo(Duration.ofHours(2));
    Value.Exit exit = (Value.Exit) value(p.attributes(), "exit");
    assertThat(exit.entries())
        .extracting(Value.ExitEntry::meaning, e -> e.status().value())
        .containsExactly(tuple("noop", 3), tuple("canceled", 4));
    assertThat(exit.entries().get(1).span()).isEqualTo(span(45, 23, 45, 33));
  }

  @Test
  void build_trees_listMembersAndDependencies() {
    TreeDecl site = (TreeDecl) plan.decls().get(8);
    TreeDecl client = (TreeDecl) plan.decls().get(9);

    assertThat(site.members())
        .extracting(Name::text)
        .containsExactly("site_yearly", "site_monthly", "site_daily", "site_hourly");
    assertThat(site.dependsOn()).isEmpty();
    assertThat(client.members())
        .extracting(Name::text)
        .containsExactly("client_yearly", "client_monthly", "client_daily");
    assertThat(client.dependsOn()).extracting(Name::text).containsExactly("site");
    assertThat(client.dependsOn().get(0).span()).isEqualTo(span(52, 71, 52, 75));
    assertThat(client.span()).isEqualTo(span(52, 1, 52, 77));
  }

  @Test
  void build_freerun_readsCronTrigger() {
    ProcessDecl backup = (ProcessDecl) plan.decls().get(10);

    assertThat(backup.kind()).isEqualTo(ProcessKind.FREERUN);
    Trigger.Cron cron =
        (Trigger.Cron) ((Value.TriggerValue) value(backup.attributes(), "trigger")).trigger();
    assertThat(cron.expression().value()).isEqualTo("0 30 2 * * ?");
    assertThat(cron.expression().span()).isEqualTo(span(55, 19, 55, 33));
    assertThat(strings(backup, "run")).containsExactly("bin/backup.sh", "--full");
    assertThat(strings(backup, "boxes")).containsExactly("backup-1");
  }

  @Test
  void build_machine_readsTransitionsActionsAndConditions() {
    MachineDecl careful = (MachineDecl) plan.decls().get(11);

    assertThat(careful.name().text()).isEqualTo("careful");
    assertThat(careful.live()).isFalse();
    assertThat(careful.transitions())
        .extracting(
            t -> t.from().text() + " -> " + t.to().text(),
            t -> t.action().map(Action::kind),
            t -> t.when().map(AstBuilderTest::show).orElse(""))
        .containsExactly(
            tuple("embryo -> in_progress", Optional.of(Action.Kind.POST), "and(past, finalizable)"),
            tuple(
                "in_progress -> in_progress",
                Optional.of(Action.Kind.POST),
                "and(uow finished, not(finalizable))"),
            tuple("in_progress -> processed", Optional.empty(), "and(uow processed, finalizable)"),
            tuple("in_progress -> skipped", Optional.empty(), "and(uow canceled, finalizable)"),
            tuple("in_progress -> noop", Optional.empty(), "and(uow noop, finalizable)"));
  }

  @Test
  void build_transition_hasExactSpans() {
    Transition first = ((MachineDecl) plan.decls().get(11)).transitions().get(0);

    assertThat(first.span()).isEqualTo(span(61, 5, 61, 65));
    assertThat(first.from().span()).isEqualTo(span(61, 5, 61, 11));
    assertThat(first.action().orElseThrow().span()).isEqualTo(span(61, 33, 61, 37));
    assertThat(first.when().orElseThrow().span()).isEqualTo(span(61, 45, 61, 65));
  }

  @Test
  void build_notAndOr_notBindsTightestThenAnd() {
    Condition c = condition("not a and b or c");

    assertThat(show(c)).isEqualTo("or(and(not(a), b), c)");
    Condition.Or or = (Condition.Or) c;
    assertThat(or.span()).isEqualTo(condition(1, 25, 1, 41));
    assertThat(((Condition.And) or.left()).span()).isEqualTo(condition(1, 25, 1, 36));
    assertThat(((Condition.And) or.left()).left().span()).isEqualTo(condition(1, 25, 1, 30));
  }

  @Test
  void build_orThenAnd_andBindsTighter() {
    assertThat(show(condition("a or b and c"))).isEqualTo("or(a, and(b, c))");
  }

  @Test
  void build_sameOperatorRepeated_associatesToTheLeft() {
    assertThat(show(condition("a and b and c"))).isEqualTo("and(and(a, b), c)");
    assertThat(show(condition("a or b or c"))).isEqualTo("or(or(a, b), c)");
  }

  @Test
  void build_parentheses_overridePrecedence() {
    assertThat(show(condition("not (a or b) and c"))).isEqualTo("and(not(or(a, b)), c)");
    assertThat(show(condition("(a or b) and (c or uow none)")))
        .isEqualTo("and(or(a, b), or(c, uow none))");
  }

  @Test
  void build_keywordsAsNames_areNames() {
    Compiler.Compilation c =
        compile("process daily { period daily run \"x\" }\ntree tree { daily }");

    assertThat(c.diagnostics().diagnostics()).isEmpty();
    assertThat(c.files().get(0).decls())
        .extracting(AstBuilderTest::describe)
        .containsExactly("process daily", "tree tree");
  }

  @Test
  void build_machineDeclaredLive_isLive() {
    Compiler.Compilation c = compile("machine m live { embryo -> processed post range }");

    MachineDecl m = (MachineDecl) c.files().get(0).decls().get(0);
    assertThat(m.live()).isTrue();
    assertThat(m.transitions().get(0).action().orElseThrow().kind())
        .isEqualTo(Action.Kind.POST_RANGE);
    assertThat(m.transitions().get(0).when()).isEmpty();
  }

  // ---- helpers

  private static Span span(int line, int column, int endLine, int endColumn) {
    return new Span(PATH, line, column, endLine, endColumn);
  }

  private static Span condition(int line, int column, int endLine, int endColumn) {
    return new Span("plans/condition.synergy", line, column, endLine, endColumn);
  }

  private static Compiler.Compilation compile(String text) {
    return Compiler.compile(List.of(new SourceFile("plans/condition.synergy", text)));
  }

  /** The condition of {@code machine m { a -> b when CONDITION }}; it starts on column 25. */
  private static Condition condition(String condition) {
    Compiler.Compilation c = compile("machine m { a -> b when " + condition + " }");
    // Only the syntax matters here; the states `a` and `b` are unknown to the machine checker.
    assertThat(c.diagnostics().diagnostics())
        .filteredOn(d -> d.code().name().startsWith("SYN0"))
        .isEmpty();
    MachineDecl m = (MachineDecl) c.files().get(0).decls().get(0);
    return m.transitions().get(0).when().orElseThrow();
  }

  /** A condition fully parenthesised, to compare shapes. */
  private static String show(Condition c) {
    if (c instanceof Condition.Not n) {
      return "not(" + show(n.operand()) + ")";
    }
    if (c instanceof Condition.And a) {
      return "and(" + show(a.left()) + ", " + show(a.right()) + ")";
    }
    if (c instanceof Condition.Or o) {
      return "or(" + show(o.left()) + ", " + show(o.right()) + ")";
    }
    if (c instanceof Condition.Uow u) {
      return "uow " + u.state().text();
    }
    return ((Condition.Word) c).word().text();
  }

  private static String describe(Decl decl) {
    if (decl instanceof ProcessDecl p) {
      return p.kind().keyword() + " " + p.name().text();
    }
    if (decl instanceof TreeDecl t) {
      return "tree " + t.name().text();
    }
    if (decl instanceof MachineDecl m) {
      return "machine " + m.name().text();
    }
    return "settings";
  }

  private static ProcessDecl process(String name) {
    return plan.decls().stream()
        .filter(d -> d instanceof ProcessDecl p && p.name().text().equals(name))
        .map(ProcessDecl.class::cast)
        .findFirst()
        .orElseThrow();
  }

  private static Attribute attribute(List<Attribute> attributes, String key) {
    return attributes.stream().filter(a -> a.key().text().equals(key)).findFirst().orElseThrow();
  }

  private static Value value(List<Attribute> attributes, String key) {
    return attribute(attributes, key).value();
  }

  private static List<String> strings(ProcessDecl p, String key) {
    return ((Value.Strings) value(p.attributes(), key))
        .items().stream().map(StringLit::value).toList();
  }
}
