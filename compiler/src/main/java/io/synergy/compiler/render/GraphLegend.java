package io.synergy.compiler.render;

import static guru.nidi.graphviz.model.Factory.mutGraph;
import static guru.nidi.graphviz.model.Factory.mutNode;

import guru.nidi.graphviz.attribute.Label;
import guru.nidi.graphviz.model.MutableGraph;
import guru.nidi.graphviz.model.MutableNode;
import java.util.List;

/**
 * The legend: a small cluster that draws each kind of node and edge the picture uses, with what it
 * means, in two rows: the node styles, then the edge styles, each in reading order. Its node ids
 * contain a hyphen, which no process name can.
 */
final class GraphLegend {
  private GraphLegend() {}

  /** The id of the legend's first node, for placing the legend below the rest. */
  static final String FIRST = "legend-managed";

  static MutableGraph cluster() {
    MutableGraph legend =
        GraphStyle.cluster(
            "legend",
            GraphStyle.small("<b>legend</b>", GraphStyle.MUTED),
            GraphStyle.ClusterKind.LEGEND);
    MutableNode managed =
        GraphStyle.managed(
            "legend-managed",
            GraphStyle.lines(
                List.of(
                    "<b>process</b>",
                    GraphStyle.small("period · machine", GraphStyle.INK),
                    GraphStyle.small("trigger", GraphStyle.MUTED))),
            false,
            true);
    MutableNode blocking =
        GraphStyle.managed(
            "legend-blocking",
            GraphStyle.lines(
                List.of(
                    "<b>process</b>",
                    GraphStyle.small("<b>blocking children</b>", GraphStyle.BLOCKING),
                    GraphStyle.small("or <b>dependencies</b>", GraphStyle.BLOCKING))),
            true,
            true);
    MutableNode freerun =
        GraphStyle.freerun(
            "legend-freerun",
            GraphStyle.lines(
                List.of("<b>freerun</b>", GraphStyle.small("trigger", GraphStyle.MUTED))),
            true);
    legend.add(
        managed
            .addLink(GraphStyle.invisible("legend-blocking"))
            .addLink(GraphStyle.invisible("legend-coarser")),
        blocking.addLink(GraphStyle.invisible("legend-freerun")),
        freerun,
        text("legend-coarser", "coarser period")
            .addLink(GraphStyle.parent("legend-finer").with(GraphStyle.attrs("label", "tree"))),
        text("legend-finer", "finer period").addLink(GraphStyle.invisible("legend-counterpart")),
        text("legend-counterpart", "same period in<br/>a tree depended on")
            .addLink(
                GraphStyle.dependsOn("legend-waiting")
                    .with(GraphStyle.attrs("label", "depends_on"))),
        text("legend-waiting", "waits for it"),
        row("legend-nodes", "legend-managed", "legend-blocking", "legend-freerun"),
        row(
            "legend-edges",
            "legend-coarser",
            "legend-finer",
            "legend-counterpart",
            "legend-waiting"));
    return legend;
  }

  private static MutableNode text(String id, String html) {
    return mutNode(id)
        .add(Label.html(GraphStyle.small(html, GraphStyle.INK)))
        .add("shape", "plaintext")
        .add("height", 0.2);
  }

  /** Nodes side by side, so that the edges between them are drawn across. */
  private static MutableGraph row(String id, String... nodes) {
    MutableGraph row = mutGraph(id).setDirected(true);
    row.graphAttrs().add("rank", "same");
    for (String node : nodes) {
      row.add(mutNode(node));
    }
    return row;
  }
}
