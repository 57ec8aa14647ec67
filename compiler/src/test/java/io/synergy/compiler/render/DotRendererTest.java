package io.synergy.compiler.render;

import static org.assertj.core.api.Assertions.assertThat;

import guru.nidi.graphviz.model.Link;
import guru.nidi.graphviz.model.MutableGraph;
import guru.nidi.graphviz.model.MutableNode;
import guru.nidi.graphviz.parse.Parser;
import io.synergy.plan.Plan;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The DOT of a plan, read back with graphviz-java's parser: a cluster per tree with its processes
 * and parent edges, dashed {@code depends_on} edges between counterparts, the freeruns and the
 * legend apart, and labels that say what each process is.
 */
class DotRendererTest {
  private static final Plan SITE = GraphSamples.plan(GraphSamples.sample("site-analytics.synergy"));
  private static final Plan OPS = GraphSamples.plan(GraphSamples.sample("ops-freeruns.synergy"));
  private static final Plan BILLING =
      GraphSamples.plan(GraphSamples.sample("billing-europe.synergy"));

  private static MutableGraph parse(String dot) {
    try {
      return new Parser().read(dot);
    } catch (IOException e) {
      throw new AssertionError("the DOT does not parse:\n" + dot, e);
    }
  }

  private static Map<String, MutableGraph> subgraphs(MutableGraph graph) {
    return graph.graphs().stream()
        .collect(Collectors.toMap(g -> g.name().toString(), Function.identity()));
  }

  private static Set<String> nodeNames(MutableGraph graph) {
    return graph.nodes().stream()
        .map(n -> n.name().toString())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static List<Link> edges(MutableGraph graph, String style) {
    return graph.edges().stream()
        .filter(e -> Objects.equals(e.attrs().get("style"), style))
        .filter(e -> !e.from().name().toString().startsWith("legend-"))
        .toList();
  }

  private static Set<String> pairs(List<Link> edges) {
    return edges.stream()
        .map(e -> e.from().name() + " -> " + e.to().name())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static String label(MutableGraph graph, String node) {
    MutableNode found =
        graph.nodes().stream()
            .filter(n -> n.name().toString().equals(node) && n.attrs().get("label") != null)
            .findFirst()
            .orElseThrow(() -> new AssertionError("no node " + node + " with a label"));
    return String.valueOf(found.attrs().get("label"));
  }

  @Test
  void render_siteAnalytics_hasAClusterPerTreeHoldingItsProcesses() {
    Map<String, MutableGraph> clusters = subgraphs(parse(DotRenderer.render(SITE, "site")));

    assertThat(clusters)
        .containsKeys("tree-site", "tree-client", "tree-alert", "freeruns", "legend");
    assertThat(clusters.values().stream().filter(MutableGraph::isCluster).count()).isEqualTo(5);
    assertThat(nodeNames(clusters.get("tree-site")))
        .containsExactlyInAnyOrder("site_yearly", "site_monthly", "site_daily", "site_hourly");
    assertThat(nodeNames(clusters.get("tree-client")))
        .containsExactlyInAnyOrder("client_yearly", "client_monthly", "client_daily");
    assertThat(nodeNames(clusters.get("tree-alert"))).containsExactly("alert_daily");
    assertThat(nodeNames(clusters.get("freeruns"))).containsExactly("nightly_backup");
    assertThat(String.valueOf(clusters.get("tree-client").graphAttrs().get("label")))
        .contains("tree <b>client</b>", "depends_on site");
  }

  @Test
  void render_siteAnalytics_declaresEachProcessOnceWithItsLabel() {
    String dot = DotRenderer.render(SITE, "site");

    for (var process : SITE.processes()) {
      assertThat(dot.lines().filter(l -> l.startsWith("\"" + process.name() + "\" [\"label\"")))
          .as("node statements of %s", process.name())
          .hasSize(1);
    }
  }

  @Test
  void render_siteAnalytics_drawsTreeParentsCoarserToFinerInSolidLines() {
    MutableGraph graph = parse(DotRenderer.render(SITE, "site"));

    assertThat(pairs(edges(graph, null)))
        .containsExactlyInAnyOrder(
            "site_yearly -> site_monthly",
            "site_monthly -> site_daily",
            "site_daily -> site_hourly",
            "client_yearly -> client_monthly",
            "client_monthly -> client_daily");
  }

  @Test
  void render_siteAnalytics_drawsDependsOnDashedFromEachCounterpartToItsWaitingJob() {
    MutableGraph graph = parse(DotRenderer.render(SITE, "site"));

    List<Link> dashed = edges(graph, "dashed");
    assertThat(pairs(dashed))
        .containsExactlyInAnyOrder(
            "site_yearly -> client_yearly",
            "site_monthly -> client_monthly",
            "site_daily -> client_daily",
            "client_daily -> alert_daily");
    for (Link edge : dashed) {
      assertThat(edge.attrs().get("color")).isEqualTo(GraphStyle.DEPENDS_EDGE);
      assertThat(edge.attrs().get("constraint")).isEqualTo("false");
    }
  }

  @Test
  void render_siteAnalytics_labelsSayPeriodMachineTriggerAndBlocking() {
    MutableGraph graph = parse(DotRenderer.render(SITE, "site"));

    assertThat(label(graph, "site_daily"))
        .contains("<b>site_daily</b>", "daily · recomputing", "every 15m", "blocking children");
    assertThat(label(graph, "client_daily"))
        .contains("daily · discrete", "at Mon-Fri 06:00, Sat 08:30", "blocking dependencies");
    assertThat(label(graph, "site_hourly")).contains("every 5m").doesNotContain("blocking");
    assertThat(label(graph, "nightly_backup")).contains("cron 0 30 2 * * ?");
  }

  @Test
  void render_blockingProcess_hasAThickBorderOfItsOwnColour() {
    MutableGraph graph = parse(DotRenderer.render(SITE, "site"));

    MutableNode daily =
        graph.nodes().stream()
            .filter(n -> n.name().toString().equals("site_daily") && n.attrs().get("color") != null)
            .findFirst()
            .orElseThrow();
    assertThat(daily.attrs().get("color")).isEqualTo(GraphStyle.BLOCKING);
    assertThat(daily.attrs().get("penwidth")).isEqualTo("2.5");
  }

  @Test
  void render_siteAnalytics_hasALegendWithBothEdgeStyles() {
    MutableGraph legend = subgraphs(parse(DotRenderer.render(SITE, "site"))).get("legend");

    assertThat(nodeNames(legend)).contains("legend-managed", "legend-blocking", "legend-freerun");
    assertThat(
            legend.edges().stream()
                .map(e -> String.valueOf(e.attrs().get("label")))
                .collect(Collectors.toSet()))
        .contains("tree", "depends_on");
  }

  @Test
  void render_processInNoTree_getsAnAnonymousClusterOfItsOwn() {
    Map<String, MutableGraph> clusters = subgraphs(parse(DotRenderer.render(OPS, "ops")));

    MutableGraph own = clusters.get("own-fleet_check_hourly");
    assertThat(own).isNotNull();
    assertThat(own.isCluster()).isTrue();
    assertThat(nodeNames(own)).containsExactly("fleet_check_hourly");
    assertThat(String.valueOf(own.graphAttrs().get("label"))).contains("no tree");
    assertThat(nodeNames(clusters.get("freeruns")))
        .containsExactlyInAnyOrder("rotate_logs", "warm_caches", "disk_report", "vacuum_db");
  }

  @Test
  void render_disabledProcessAndTriggerInAnotherZone_sayBoth() {
    MutableGraph graph = parse(DotRenderer.render(OPS, "ops"));

    assertThat(label(graph, "vacuum_db"))
        .contains("at Fri-Mon 03:00 in America/Chicago", "disabled");
    assertThat(label(graph, "disk_report")).contains("at 07:00, 19:00").doesNotContain(" in ");
  }

  @Test
  void render_planInAnotherZone_namesItOnceInTheTitleAndTheOthersAtTheirTriggers() {
    String dot = DotRenderer.render(BILLING, "billing-europe.synergy");
    MutableGraph graph = parse(dot);

    assertThat(String.valueOf(graph.graphAttrs().get("label")))
        .contains("billing-europe.synergy", "times in Europe/Berlin");
    assertThat(label(graph, "fx_rates")).contains("in America/New_York");
    assertThat(label(graph, "invoice_daily")).doesNotContain("Europe/Berlin");
    assertThat(label(graph, "usage_hourly")).contains("hourly · group 3 · discrete");
  }

  @Test
  void render_treesSharingNoPeriod_joinsTheirClustersWithOneEdge() {
    Plan plan =
        GraphSamples.plan(
            """
            process a_monthly { period monthly  run "x" }
            process b_daily   { period daily    run "x" }
            tree a { a_monthly }
            tree b { b_daily  depends_on a }
            """);

    List<Link> dashed = edges(parse(DotRenderer.render(plan, "t")), "dashed");

    assertThat(dashed).hasSize(1);
    assertThat(dashed.get(0).attrs().get("ltail")).isEqualTo("cluster_tree-a");
    assertThat(dashed.get(0).attrs().get("lhead")).isEqualTo("cluster_tree-b");
    assertThat(dashed.get(0).attrs().get("label")).asString().contains("no shared period");
  }

  @Test
  void render_emptyTree_stillGetsACluster() {
    Plan plan =
        GraphSamples.plan(
            """
            process p { period daily  run "x" }
            tree t { p }
            tree e { depends_on t }
            """);

    Map<String, MutableGraph> clusters = subgraphs(parse(DotRenderer.render(plan, "t")));

    assertThat(nodeNames(clusters.get("tree-e"))).containsExactly("empty-e");
  }

  @Test
  void render_emptyPlan_isATitleAndTheLegend() {
    MutableGraph graph = parse(DotRenderer.render(GraphSamples.plan(""), "empty.synergy"));

    assertThat(subgraphs(graph)).containsOnlyKeys("legend");
  }

  @Test
  void render_titleWithMarkup_isEscaped() {
    String dot = DotRenderer.render(SITE, "a&b<c>.synergy");

    assertThat(dot).contains("a&amp;b&lt;c&gt;.synergy").doesNotContain("a&b<c>");
  }

  @Test
  void render_twice_givesTheSameBytes() {
    assertThat(DotRenderer.render(SITE, "site")).isEqualTo(DotRenderer.render(SITE, "site"));
    assertThat(DotRenderer.render(SITE, "site"))
        .startsWith("digraph \"synergy\" {")
        .endsWith("}\n");
  }
}
