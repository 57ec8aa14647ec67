package io.synergy.compiler.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.synergy.compiler.Compiler;
import io.synergy.compiler.diag.SourceFile;
import io.synergy.plan.Plan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code synergyc plan}'s JSON (COMMANDS.md): exact keys and values, stable bytes, and a hash that
 * follows the plan's meaning and nothing else.
 */
class PlanJsonRendererTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String PLAN =
      """
      settings { timezone "Europe/Berlin"  start -2d }

      machine careful {
          embryo      -> in_progress  post
          in_progress -> processed           when uow processed
          in_progress -> skipped             when uow finished and not uow processed
      }

      process site_daily {
          period   daily
          machine  careful
          trigger  at Mon-Fri 06:00, Sat 08:30:15
          run      "bin/site" "{period}" "{{literal}}"
          retries  2
          exit     canceled 4, noop 3
          args     { region = "eu" }
      }

      process site_hourly {
          period   hourly
          machine  recomputing
          source   "sessions"
          trigger  every 90s in "Asia/Kolkata"
          run      "bin/hourly" "{start}"
          boxes    "a.*"
      }

      tree site { site_hourly, site_daily }

      freerun backup { trigger cron "0 30 2 * * ?"  run "bin/backup"  timeout 2h  enabled false }
      """;

  /**
   * The JSON of {@link #PLAN}, written from COMMANDS.md's format; line breaks here fall between
   * tokens and are not part of it.
   */
  private static final String EXPECTED =
      """
      {"version":1,
      "settings":{"timezone":"Europe/Berlin","start":"-P2D","discrete_lag":"PT5M","max_failures":3,
      "gc":{"every":"PT1M","resubmit_after":"PT1H","release_lag":"PT15M","life_support":"PT48H"}},
      "processes":[
      {"name":"site_daily","kind":"managed","period":"daily","machine":"careful","blocking":"normal",
      "trigger":{"kind":"at","at":[{"days":["Mon","Tue","Wed","Thu","Fri"],"time":"06:00"},
      {"days":["Sat"],"time":"08:30:15"}],"zone":"Europe/Berlin"},
      "run":["bin/site","{period}","{{literal}}"],"queue":"synergy.work.site_daily",
      "boxes":[],"group":1,"retries":2,"backoff":"PT30S","timeout":null,
      "exit":{"noop":[3],"canceled":[4]},"source":null,"sink":null,"args":{"region":"eu"},
      "tree":"site","enabled":true},
      {"name":"site_hourly","kind":"managed","period":"hourly","machine":"recomputing","blocking":"normal",
      "trigger":{"kind":"every","every":"PT1M30S","zone":"Asia/Kolkata"},
      "run":["bin/hourly","{start}"],"queue":"synergy.work.site_hourly",
      "boxes":["a.*"],"group":1,"retries":0,"backoff":"PT30S","timeout":null,
      "exit":{"noop":[],"canceled":[]},"source":"sessions","sink":null,"args":{},
      "tree":"site","enabled":true},
      {"name":"backup","kind":"freerun","period":null,"machine":null,"blocking":null,
      "trigger":{"kind":"cron","cron":"0 30 2 * * ?","zone":"Europe/Berlin"},
      "run":["bin/backup"],"queue":"synergy.work.backup",
      "boxes":[],"group":1,"retries":0,"backoff":"PT30S","timeout":"PT2H",
      "exit":{"noop":[],"canceled":[]},"source":null,"sink":null,"args":{},
      "tree":null,"enabled":false}],
      "trees":[{"name":"site","processes":["site_daily","site_hourly"],"depends_on":[]}],
      "machines":[
      {"name":"discrete","live":false,"transitions":[
      {"from":"embryo","to":"in_progress","action":"post","when":null},
      {"from":"in_progress","to":"in_progress","action":"post","when":"(uow finished and (not finalizable))"},
      {"from":"in_progress","to":"processed","action":null,"when":"(uow processed and finalizable)"},
      {"from":"in_progress","to":"noop","action":null,"when":"(uow noop and finalizable)"},
      {"from":"in_progress","to":"skipped","action":null,"when":"(uow canceled and finalizable)"}]},
      {"name":"continuous","live":true,"transitions":[
      {"from":"embryo","to":"in_progress","action":"post","when":"(live or (not finalizable))"},
      {"from":"embryo","to":"final_run","action":"post","when":"(past and finalizable)"},
      {"from":"in_progress","to":"in_progress","action":"post",
      "when":"(uow finished and (live or (not finalizable)))"},
      {"from":"in_progress","to":"final_run","action":"post",
      "when":"((uow finished and past) and finalizable)"},
      {"from":"final_run","to":"processed","action":null,"when":"uow processed"},
      {"from":"final_run","to":"noop","action":null,"when":"uow noop"},
      {"from":"final_run","to":"skipped","action":null,"when":"uow canceled"}]},
      {"name":"recomputing","live":true,"transitions":[
      {"from":"embryo","to":"in_progress","action":"post range","when":null},
      {"from":"in_progress","to":"in_progress","action":"extend",
      "when":"((live or (not finalizable)) and (uow requested or uow invalid))"},
      {"from":"in_progress","to":"in_progress","action":"post range",
      "when":"((live or (not finalizable)) and (not (uow requested or uow invalid)))"},
      {"from":"in_progress","to":"final_run","action":"post range","when":"(past and finalizable)"},
      {"from":"final_run","to":"processed","action":null,"when":"uow processed"},
      {"from":"final_run","to":"noop","action":null,"when":"uow noop"},
      {"from":"final_run","to":"skipped","action":null,"when":"uow canceled"}]},
      {"name":"careful","live":false,"transitions":[
      {"from":"embryo","to":"in_progress","action":"post","when":null},
      {"from":"in_progress","to":"processed","action":null,"when":"uow processed"},
      {"from":"in_progress","to":"skipped","action":null,"when":"(uow finished and (not uow processed))"}]}]}
      """
          .lines()
          .collect(Collectors.joining("", "", "\n"));

  private static Plan plan(String text) {
    return plan("plan.synergy", text);
  }

  private static Plan plan(String file, String text) {
    Compiler.Compilation c = Compiler.compile(List.of(new SourceFile(file, text)));
    assertThat(c.hasErrors()).as("errors: %s", c.diagnostics().diagnostics()).isFalse();
    return c.plan().orElseThrow();
  }

  @Test
  void render_smallPlan_isExactlyTheDocumentedJson() {
    assertThat(PlanJsonRenderer.render(plan(PLAN))).isEqualTo(EXPECTED);
  }

  @Test
  void render_smallPlan_isOneLineOfValidJson() throws IOException {
    String json = PlanJsonRenderer.render(plan(PLAN));

    assertThat(json).endsWith("}\n").doesNotContain("\r");
    assertThat(json.lines()).hasSize(1);
    assertThat(JSON.readTree(json).get("version").asInt()).isEqualTo(1);
  }

  @Test
  void render_sameSourceCompiledTwice_identicalBytes() {
    byte[] first = PlanJsonRenderer.render(plan(PLAN)).getBytes(StandardCharsets.UTF_8);
    byte[] second = PlanJsonRenderer.render(plan(PLAN)).getBytes(StandardCharsets.UTF_8);

    assertThat(second).isEqualTo(first);
  }

  /** {@link #PLAN} with other comments, layout, blank lines (so other origins) and file name. */
  private static final String PLAN_REFORMATTED =
      """
      # Site rollups, reformatted.
      synergy 1
      settings {
        timezone "Europe/Berlin"   # Berlin
        start -2d
      }
      machine careful { embryo -> in_progress post  in_progress -> processed when uow processed
        in_progress -> skipped when uow finished and not uow processed }


      process site_daily { period daily machine careful trigger at Mon-Fri 06:00, Sat 08:30:15
        run "bin/site" "{period}" "{{literal}}" retries 2 exit canceled 4, noop 3
        args { region = "eu" } }   # the daily one
      process site_hourly {
          # the hourly one
          period hourly machine recomputing source "sessions"
          trigger every 90s in "Asia/Kolkata" run "bin/hourly" "{start}" boxes "a.*"
      }
      tree site {
          site_hourly,   # finest
          site_daily
      }
      freerun backup {
          trigger cron "0 30 2 * * ?"
          run "bin/backup"
          timeout 2h
          enabled false
      }
      """;

  @Test
  void render_commentsWhitespaceAndFileNameChanged_sameJsonAndHash() {
    Plan original = plan(PLAN);
    Plan reformatted = plan("elsewhere/site.synergy", PLAN_REFORMATTED);

    assertThat(reformatted.process("site_daily").orElseThrow().origin())
        .isNotEqualTo(original.process("site_daily").orElseThrow().origin());
    assertThat(PlanJsonRenderer.render(reformatted)).isEqualTo(PlanJsonRenderer.render(original));
    assertThat(PlanJsonRenderer.hash(reformatted)).isEqualTo(PlanJsonRenderer.hash(original));
  }

  @Test
  void hash_isSixtyFourLowercaseHexCharactersOfTheJsonsSha256() throws NoSuchAlgorithmException {
    Plan plan = plan(PLAN);
    String hash = PlanJsonRenderer.hash(plan);

    assertThat(hash).matches("[0-9a-f]{64}");
    byte[] digest =
        MessageDigest.getInstance("SHA-256")
            .digest(PlanJsonRenderer.render(plan).getBytes(StandardCharsets.UTF_8));
    assertThat(hash).isEqualTo(HexFormat.of().formatHex(digest));
  }

  /** One change to one attribute of {@link #PLAN}: each must give another hash. */
  static Stream<Arguments> oneAttributeChanged() {
    return Stream.of(
        change("timezone \"Europe/Berlin\"", "timezone \"Europe/Paris\""),
        change("start -2d", "start -3d"),
        change("start -2d", "start 2026-12-01"),
        change("start -2d", "start -2d  discrete_lag 6m"),
        change("start -2d", "start -2d  max_failures 4"),
        change("start -2d", "start -2d  gc { every 61s }"),
        change("start -2d", "start -2d  gc { life_support 47h }"),
        change(
            "in_progress -> processed           when uow processed",
            "in_progress -> processed           when uow processed and (past or live)"),
        change("machine careful {", "machine careful live {"),
        change(
            "embryo      -> in_progress  post\n    in_progress -> processed",
            "embryo      -> in_progress\n    in_progress -> processed"),
        change("period   daily", "period   monthly"),
        change("machine  careful", "machine  discrete"),
        change("period   daily", "period   daily\n    blocking children"),
        change("at Mon-Fri 06:00", "at Mon-Fri 06:01"),
        change("at Mon-Fri 06:00", "at Mon-Sat 06:00"),
        change("every 90s in \"Asia/Kolkata\"", "every 90s"),
        change("every 90s", "every 91s"),
        change("cron \"0 30 2 * * ?\"", "cron \"0 31 2 * * ?\""),
        change("\"{{literal}}\"", "\"{{literal}}\" \"--more\""),
        change("\"{{literal}}\"", "\"{{literals}}\""),
        change("retries  2", "retries  3"),
        change("retries  2", "retries  2 backoff 31s"),
        change("canceled 4, noop 3", "canceled 4, noop 5"),
        change("canceled 4, noop 3", "noop 4, noop 3"),
        change("region = \"eu\"", "region = \"us\""),
        change("region = \"eu\"", "zone = \"eu\""),
        change("boxes    \"a.*\"", "boxes    \"b.*\""),
        change("boxes    \"a.*\"", "boxes    \"a.*\"\n    group 2"),
        change("source   \"sessions\"", "source   \"visits\""),
        change("source   \"sessions\"", "source   \"sessions\"\n    sink \"out\""),
        change("boxes    \"a.*\"", "boxes    \"a.*\"\n    queue \"site.hourly\""),
        change("timeout 2h", "timeout 3h"),
        change("enabled false", "enabled true"),
        change("tree site { site_hourly, site_daily }", "tree site { site_hourly }"),
        change("freerun backup", "freerun backups"));
  }

  private static Arguments change(String from, String to) {
    return Arguments.of(from, to);
  }

  @ParameterizedTest
  @MethodSource("oneAttributeChanged")
  void hash_oneAttributeChanged_differs(String from, String to) {
    assertThat(PLAN).contains(from);
    Plan changed = plan(PLAN.replace(from, to));

    assertThat(PlanJsonRenderer.hash(changed)).isNotEqualTo(PlanJsonRenderer.hash(plan(PLAN)));
  }

  @Test
  void hash_everyChange_givesADifferentHashFromEveryOther() {
    List<String> hashes = new ArrayList<>();
    oneAttributeChanged()
        .forEach(
            a -> {
              Object[] fromTo = a.get();
              hashes.add(
                  PlanJsonRenderer.hash(
                      plan(PLAN.replace((String) fromTo[0], (String) fromTo[1]))));
            });
    Set<String> distinct = new HashSet<>(hashes);

    assertThat(distinct).hasSameSizeAs(hashes).doesNotContain(PlanJsonRenderer.hash(plan(PLAN)));
  }

  @Test
  void render_start_dateOrNegativeIsoDurationOrNull() throws IOException {
    assertThat(settingsStart("settings { start -2d }")).isEqualTo("-P2D");
    assertThat(settingsStart("settings { start -36h }")).isEqualTo("-PT36H");
    assertThat(settingsStart("settings { start 2026-12-01 }")).isEqualTo("2026-12-01");
    assertThat(JSON.readTree(PlanJsonRenderer.render(plan(""))).at("/settings/start").isNull())
        .isTrue();
  }

  private static String settingsStart(String source) throws IOException {
    return JSON.readTree(PlanJsonRenderer.render(plan(source))).at("/settings/start").asText();
  }

  @Test
  void render_when_isFullyParenthesisedCanonicalText() throws IOException {
    Plan plan =
        plan(
            """
            machine m live {
                embryo      -> in_progress  post   when not live and uow none or finalizable and not (past)
                in_progress -> processed           when ((uow processed))
                in_progress -> skipped             when uow noop or uow canceled or uow invalid
            }
            process p { period daily  machine m  run "bin/p" }
            """);

    JsonNode transitions =
        JSON.readTree(PlanJsonRenderer.render(plan)).at("/machines/3/transitions");
    assertThat(transitions.findValuesAsText("when"))
        .containsExactly(
            "(((not live) and uow none) or (finalizable and (not past)))",
            "uow processed",
            "((uow noop or uow canceled) or uow invalid)");
  }
}
