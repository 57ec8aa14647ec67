package io.synergy.compiler.lower;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.synergy.compiler.Compiler;
import io.synergy.compiler.diag.SourceFile;
import io.synergy.plan.ExitMapping;
import io.synergy.plan.Origin;
import io.synergy.plan.PeriodKind;
import io.synergy.plan.Plan;
import io.synergy.plan.Process;
import io.synergy.plan.RunTemplate;
import io.synergy.plan.RunTemplate.Part;
import io.synergy.plan.Settings;
import io.synergy.plan.Tree;
import io.synergy.plan.Trigger;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Lowering fills every default of LANGUAGE.md and resolves what the source leaves implicit. */
class PlanLowererTest {
  private static final String FILE = "plan.synergy";

  private static Plan plan(String text) {
    return plan(List.of(new SourceFile(FILE, text)));
  }

  private static Plan plan(List<SourceFile> files) {
    Compiler.Compilation c = Compiler.compile(files);
    assertThat(c.diagnostics().diagnostics()).as("diagnostics").isEmpty();
    return c.plan().orElseThrow();
  }

  private static Process process(Plan plan, String name) {
    return plan.process(name).orElseThrow();
  }

  @Test
  void lower_noSettings_everySettingHasItsDefault() {
    Settings s = plan("process p { period daily run \"bin/p\" }").settings();

    assertThat(s.timezone()).isEqualTo(ZoneId.of("UTC"));
    assertThat(s.start()).isEmpty();
    assertThat(s.discreteLag()).isEqualTo(Duration.ofMinutes(5));
    assertThat(s.maxFailures()).isEqualTo(3);
    assertThat(s.gc().every()).isEqualTo(Duration.ofSeconds(60));
    assertThat(s.gc().resubmitAfter()).isEqualTo(Duration.ofHours(1));
    assertThat(s.gc().releaseLag()).isEqualTo(Duration.ofMinutes(15));
    assertThat(s.gc().lifeSupport()).isEqualTo(Duration.ofDays(2));
  }

  @Test
  void lower_emptySettingsBlockOrEmptyGc_sameDefaults() {
    Settings none = plan("").settings();

    assertThat(plan("settings { }").settings()).isEqualTo(none);
    assertThat(plan("settings { gc { } }").settings()).isEqualTo(none);
  }

  @Test
  void lower_everySettingGiven_takesEachValue() {
    Settings s =
        plan("""
                settings {
                    timezone     "Europe/Berlin"
                    start        2026-12-01
                    discrete_lag 10m
                    max_failures 7
                    gc { every 30s  resubmit_after 2h  release_lag 1m  life_support 3d }
                }
                """)
            .settings();

    assertThat(s.timezone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    assertThat(s.start()).contains(new Settings.Start.OnDate(LocalDate.of(2026, 12, 1)));
    assertThat(s.discreteLag()).isEqualTo(Duration.ofMinutes(10));
    assertThat(s.maxFailures()).isEqualTo(7);
    assertThat(s.gc())
        .isEqualTo(
            new Settings.Gc(
                Duration.ofSeconds(30),
                Duration.ofHours(2),
                Duration.ofMinutes(1),
                Duration.ofDays(3)));
  }

  @Test
  void lower_onlySomeGcSettings_restKeepTheirDefaults() {
    Settings.Gc gc = plan("settings { gc { release_lag 1m } }").settings().gc();

    assertThat(gc)
        .isEqualTo(
            new Settings.Gc(
                Duration.ofSeconds(60),
                Duration.ofHours(1),
                Duration.ofMinutes(1),
                Duration.ofDays(2)));
  }

  @Test
  void lower_startBeforeFirstStart_keepsThePositiveDuration() {
    assertThat(plan("settings { start -2d }").settings().start())
        .contains(new Settings.Start.Before(Duration.ofDays(2)));
    assertThat(plan("settings { start -1d12h }").settings().start())
        .contains(new Settings.Start.Before(Duration.ofHours(36)));
  }

  @Test
  void lower_processWithOnlyPeriodAndRun_everyAttributeHasItsDefault() {
    Process p =
        process(
            plan(
                """
                settings { timezone "Europe/Berlin" }
                process site_daily { period daily  run "bin/site" }
                """),
            "site_daily");

    assertThat(p.kind()).isEqualTo(Process.Kind.MANAGED);
    assertThat(p.period()).contains(PeriodKind.DAILY);
    assertThat(p.trigger()).isEqualTo(new Trigger.Every(Duration.ofMinutes(1), zone("Berlin")));
    assertThat(p.machine()).contains("discrete");
    assertThat(p.blocking()).contains(Process.Blocking.NORMAL);
    assertThat(p.group()).isEqualTo(1);
    assertThat(p.retries()).isZero();
    assertThat(p.backoff()).isEqualTo(Duration.ofSeconds(30));
    assertThat(p.timeout()).isEmpty();
    assertThat(p.exit()).isEqualTo(new ExitMapping(List.of(), List.of()));
    assertThat(p.queue()).isEqualTo("synergy.work.site_daily");
    assertThat(p.boxes()).isEmpty();
    assertThat(p.enabled()).isTrue();
    assertThat(p.source()).isEmpty();
    assertThat(p.sink()).isEmpty();
    assertThat(p.args()).isEmpty();
    assertThat(p.tree()).isEmpty();
  }

  private static ZoneId zone(String city) {
    return ZoneId.of("Europe/" + city);
  }

  @Test
  void lower_processWithEveryAttribute_takesEachValue() {
    Plan plan =
        plan(
            """
            process site_daily { period daily  blocking children  run "bin/site" }
            process site_hourly {
                period   hourly
                machine  recomputing
                blocking dependencies
                trigger  every 5m
                source   "single_session"
                sink     "site_hourly"
                run      "bin/site" "{start}"
                boxes    "dev.*", "prod-[0-9]+"
                group    3
                retries  2 backoff 1m
                timeout  2h
                exit     noop 3, canceled 4, noop 5
                queue    "site.work"
                args     { region = "eu" }
                enabled  false
            }
            tree site { site_daily, site_hourly  depends_on other }
            tree other { other_daily }
            process other_daily { period daily  run "bin/other" }
            """);
    Process p = process(plan, "site_hourly");

    assertThat(process(plan, "site_daily").blocking()).contains(Process.Blocking.CHILDREN);
    assertThat(p.period()).contains(PeriodKind.HOURLY);
    assertThat(p.machine()).contains("recomputing");
    assertThat(p.blocking()).contains(Process.Blocking.DEPENDENCIES);
    assertThat(p.trigger()).isEqualTo(new Trigger.Every(Duration.ofMinutes(5), ZoneId.of("UTC")));
    assertThat(p.source()).contains("single_session");
    assertThat(p.sink()).contains("site_hourly");
    assertThat(p.boxes()).containsExactly("dev.*", "prod-[0-9]+");
    assertThat(p.group()).isEqualTo(3);
    assertThat(p.retries()).isEqualTo(2);
    assertThat(p.backoff()).isEqualTo(Duration.ofMinutes(1));
    assertThat(p.timeout()).contains(Duration.ofHours(2));
    assertThat(p.exit()).isEqualTo(new ExitMapping(List.of(3, 5), List.of(4)));
    assertThat(p.queue()).isEqualTo("site.work");
    assertThat(p.args()).containsOnlyKeys("region");
    assertThat(p.enabled()).isFalse();
  }

  @Test
  void lower_retriesWithoutBackoff_defaultBackoff() {
    Process p = process(plan("process p { period daily run \"bin/p\" retries 4 }"), "p");

    assertThat(p.retries()).isEqualTo(4);
    assertThat(p.backoff()).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void lower_triggerInAnotherZone_keepsThatZone() {
    Plan plan =
        plan(
            """
            settings { timezone "Europe/Berlin" }
            process a { period daily  trigger every 1h in "Asia/Kolkata"  run "bin/a" }
            process b { period daily  trigger at 06:00 in "Asia/Kolkata"  run "bin/b" }
            freerun c { trigger cron "0 0 * * * ?" in "Asia/Kolkata"  run "bin/c" }
            freerun d { trigger cron "0 0 * * * ?"  run "bin/d" }
            """);
    ZoneId kolkata = ZoneId.of("Asia/Kolkata");

    assertThat(process(plan, "a").trigger())
        .isEqualTo(new Trigger.Every(Duration.ofHours(1), kolkata));
    assertThat(process(plan, "b").trigger().zone()).isEqualTo(kolkata);
    assertThat(process(plan, "c").trigger()).isEqualTo(new Trigger.Cron("0 0 * * * ?", kolkata));
    assertThat(process(plan, "d").trigger())
        .isEqualTo(new Trigger.Cron("0 0 * * * ?", zone("Berlin")));
  }

  private static List<Trigger.AtTime> atTimes(String trigger) {
    Plan plan = plan("process p { period daily  trigger " + trigger + "  run \"bin/p\" }");
    return ((Trigger.At) process(plan, "p").trigger()).times();
  }

  @Test
  void lower_wrappingDayRange_expandsToEveryDayInItInWeekOrder() {
    assertThat(atTimes("at Fri-Mon 06:00"))
        .containsExactly(
            new Trigger.AtTime(
                List.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                LocalTime.of(6, 0)));
    assertThat(atTimes("at Fri-Mon 06:00").get(0).days())
        .containsExactly(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
  }

  @Test
  void lower_dayRangesAndSingleDays_expandInOrderOfTheList() {
    assertThat(atTimes("at Mon-Fri 06:00, Sat 08:30:15, Sun-Sun 23:00"))
        .containsExactly(
            new Trigger.AtTime(
                List.of(
                    DayOfWeek.MONDAY,
                    DayOfWeek.TUESDAY,
                    DayOfWeek.WEDNESDAY,
                    DayOfWeek.THURSDAY,
                    DayOfWeek.FRIDAY),
                LocalTime.of(6, 0)),
            new Trigger.AtTime(List.of(DayOfWeek.SATURDAY), LocalTime.of(8, 30, 15)),
            new Trigger.AtTime(List.of(DayOfWeek.SUNDAY), LocalTime.of(23, 0)));
  }

  @Test
  void lower_atTimeWithoutDays_meansAllSevenDays() {
    assertThat(atTimes("at 06:00"))
        .singleElement()
        .satisfies(
            at -> {
              assertThat(at.days()).containsExactly(DayOfWeek.values());
              assertThat(at.time()).isEqualTo(LocalTime.of(6, 0));
            });
  }

  @Test
  void lower_atTrigger_inThePlansZone() {
    Plan plan =
        plan(
            """
            settings { timezone "America/New_York" }
            process p { period daily  trigger at 06:00  run "bin/p" }
            """);

    assertThat(process(plan, "p").trigger().zone()).isEqualTo(ZoneId.of("America/New_York"));
  }

  private static RunTemplate run(String args) {
    return process(plan("freerun f { trigger every 1m  run " + args + " }"), "f").run();
  }

  @Test
  void lower_runWithEscapes_decodesThem() {
    RunTemplate run =
        run("\"a\\tb\" \"say \\\"hi\\\"\" \"back\\\\slash\" \"\\u{1F600}\" \"two\\nlines\"");

    assertThat(run.argv())
        .extracting(RunTemplate.Arg::parts)
        .containsExactly(
            List.of(new Part.Literal("a\tb")),
            List.of(new Part.Literal("say \"hi\"")),
            List.of(new Part.Literal("back\\slash")),
            List.of(new Part.Literal("\uD83D\uDE00")),
            List.of(new Part.Literal("two\nlines")));
  }

  @Test
  void lower_doubledBraces_areLiteralBraces() {
    RunTemplate run = run("\"{{\" \"}}\" \"{{not_a_placeholder}}\" \"x{{{uow}}}y\"");

    assertThat(run.argv())
        .extracting(RunTemplate.Arg::parts)
        .containsExactly(
            List.of(new Part.Literal("{")),
            List.of(new Part.Literal("}")),
            List.of(new Part.Literal("{not_a_placeholder}")),
            List.of(new Part.Literal("x{"), new Part.Placeholder("uow"), new Part.Literal("}y")));
    assertThat(run.templates()).containsExactly("{{", "}}", "{{not_a_placeholder}}", "x{{{uow}}}y");
  }

  @Test
  void lower_placeholders_arePartsBetweenLiteralText() {
    RunTemplate run =
        process(
                plan(
                    """
                    process p {
                        period daily
                        run "bin/p" "--from={start}&to={end}" "{period}" "{uow}{attempt}" ""
                    }
                    """),
                "p")
            .run();

    assertThat(run.argv())
        .extracting(RunTemplate.Arg::parts)
        .containsExactly(
            List.of(new Part.Literal("bin/p")),
            List.of(
                new Part.Literal("--from="),
                new Part.Placeholder("start"),
                new Part.Literal("&to="),
                new Part.Placeholder("end")),
            List.of(new Part.Placeholder("period")),
            List.of(new Part.Placeholder("uow"), new Part.Placeholder("attempt")),
            List.of(new Part.Literal("")));
  }

  @Test
  void fill_runTemplate_givesTheArgumentVector() {
    RunTemplate run =
        run("\"bin/x\" \"--uow={uow}\" \"{{{attempt}}}\" \"a b\" \"\\u{7B}uow\\u{7D}\"");

    assertThat(run.fill(Map.of("uow", "42", "attempt", "3")))
        .containsExactly("bin/x", "--uow=42", "{3}", "a b", "{uow}");
  }

  @Test
  void lower_args_areTemplatesReferencedByArgsDotName() {
    Process p =
        process(
            plan(
                """
                process p {
                    period daily
                    args { region = "eu-central-1"  batch = "usage-{period}"  braces = "{{x}}" }
                    run "bin/p" "{args.region}" "--batch={args.batch}"
                }
                """),
            "p");

    assertThat(p.args()).containsOnlyKeys("region", "batch", "braces");
    assertThat(p.args().keySet()).containsExactly("region", "batch", "braces");
    assertThat(p.args().get("region").parts()).containsExactly(new Part.Literal("eu-central-1"));
    assertThat(p.args().get("batch").parts())
        .containsExactly(new Part.Literal("usage-"), new Part.Placeholder("period"));
    assertThat(p.args().get("braces").parts()).containsExactly(new Part.Literal("{x}"));
    assertThat(p.run().argv().get(2).parts())
        .containsExactly(new Part.Literal("--batch="), new Part.Placeholder("args.batch"));
    assertThat(p.args().get("batch").fill(Map.of("period", "2026120100")::get))
        .isEqualTo("usage-2026120100");
  }

  @Test
  void lower_tree_membersOrderedCoarsestToFinestWhateverTheSourceOrder() {
    Plan plan =
        plan(
            """
            process h { period hourly   run "bin/h" }
            process d { period daily    run "bin/d" }
            process y { period yearly   run "bin/y" }
            process m { period monthly  run "bin/m" }
            process other { period daily  run "bin/o" }
            tree site { h, y, d, m }
            tree client { other  depends_on site }
            """);

    assertThat(plan.trees())
        .extracting(Tree::name, Tree::processes, Tree::dependsOn)
        .containsExactly(
            tuple("site", List.of("y", "m", "d", "h"), List.of()),
            tuple("client", List.of("other"), List.of("site")));
    assertThat(List.of("h", "d", "y", "m"))
        .allSatisfy(n -> assertThat(process(plan, n).tree()).contains("site"));
    assertThat(process(plan, "other").tree()).contains("client");
  }

  @Test
  void lower_processInNoTree_hasNoTreeAndNoTreeIsListedForIt() {
    Plan plan =
        plan(
            """
            process alone { period daily  run "bin/a" }
            process d { period daily  run "bin/d" }
            process h { period hourly  run "bin/h" }
            tree t { d, h }
            """);

    assertThat(process(plan, "alone").tree()).isEmpty();
    assertThat(plan.trees()).extracting(Tree::name).containsExactly("t");
  }

  @Test
  void lower_freerun_hasNoPeriodMachineBlockingOrTree() {
    Process f =
        process(
            plan(
                """
                freerun backup {
                    trigger cron "0 30 2 * * ?"
                    run     "bin/backup" "{uow}"
                    boxes   "backup-1"
                }
                """),
            "backup");

    assertThat(f.kind()).isEqualTo(Process.Kind.FREERUN);
    assertThat(f.isManaged()).isFalse();
    assertThat(f.period()).isEmpty();
    assertThat(f.machine()).isEmpty();
    assertThat(f.blocking()).isEmpty();
    assertThat(f.tree()).isEmpty();
    assertThat(f.group()).isEqualTo(1);
    assertThat(f.queue()).isEqualTo("synergy.work.backup");
    assertThat(f.boxes()).containsExactly("backup-1");
    assertThat(f.trigger()).isEqualTo(new Trigger.Cron("0 30 2 * * ?", ZoneId.of("UTC")));
  }

  @Test
  void lower_declarations_keepDeclarationOrderAcrossFiles() {
    Plan plan =
        plan(
            List.of(
                new SourceFile("b.synergy", "process z { period daily run \"bin/z\" }\n"),
                new SourceFile(
                    "a.synergy",
                    """
                    freerun a { trigger every 1m run "bin/a" }
                    process m { period daily run "bin/m" }
                    """)));

    assertThat(plan.processes()).extracting(Process::name).containsExactly("z", "a", "m");
  }

  @Test
  void lower_origins_nameTheFileAndLineOfTheDeclaration() {
    Plan plan =
        plan(
            List.of(
                new SourceFile(
                    "plans/site.synergy",
                    """
                    # the site tree

                    process site_daily {
                        period daily
                        run "bin/site"
                    }
                    process site_hourly { period hourly run "bin/site" }
                    tree site {
                        site_daily, site_hourly
                    }
                    """),
                new SourceFile(
                    "plans/ops.synergy",
                    "\n\nfreerun backup { trigger every 1h run \"bin/b\" }\n")));

    assertThat(process(plan, "site_daily").origin()).isEqualTo(new Origin("plans/site.synergy", 3));
    assertThat(process(plan, "site_hourly").origin())
        .isEqualTo(new Origin("plans/site.synergy", 7));
    assertThat(process(plan, "backup").origin()).isEqualTo(new Origin("plans/ops.synergy", 3));
    assertThat(plan.tree("site").orElseThrow().origin())
        .isEqualTo(new Origin("plans/site.synergy", 8));
  }

  @Test
  void lower_declaredMachine_usedByItsProcess() {
    Plan plan =
        plan(
            """
            machine careful live {
                embryo      -> in_progress  post
                in_progress -> processed           when uow processed
                in_progress -> skipped             when uow finished and not uow processed
            }
            process p { period daily  machine careful  run "bin/p" }
            """);

    assertThat(process(plan, "p").machine()).contains("careful");
    assertThat(plan.machine("careful").orElseThrow().live()).isTrue();
    assertThat(plan.machine("careful").orElseThrow().transitions()).hasSize(3);
    assertThat(plan.machine("careful").orElseThrow().transitions().get(0).when())
        .isEqualTo(Optional.empty());
  }
}
