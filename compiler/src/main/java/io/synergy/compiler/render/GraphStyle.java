package io.synergy.compiler.render;

import static guru.nidi.graphviz.model.Factory.mutNode;
import static guru.nidi.graphviz.model.Factory.to;

import guru.nidi.graphviz.attribute.Attributes;
import guru.nidi.graphviz.attribute.ForLink;
import guru.nidi.graphviz.attribute.Label;
import guru.nidi.graphviz.model.Link;
import guru.nidi.graphviz.model.MutableGraph;
import guru.nidi.graphviz.model.MutableNode;
import java.util.ArrayList;
import java.util.List;

/**
 * How the picture of a plan looks: one place for the colours, fonts and line styles, so that the
 * legend shows exactly what the plan's nodes and edges use.
 */
final class GraphStyle {
  static final String FONT = "Helvetica";
  static final String INK = "#1f2937";
  static final String MUTED = "#5b6778";

  private static final String MANAGED_FILL = "#e3edfb";
  private static final String MANAGED_LINE = "#3b6fb6";
  private static final String FREERUN_FILL = "#fdf0d5";
  private static final String FREERUN_LINE = "#b7791f";
  private static final String DISABLED_FILL = "#f1f1f1";
  static final String BLOCKING = "#b42318";
  private static final String TREE_FILL = "#f7f9fc";
  private static final String TREE_LINE = "#9aa9bd";
  private static final String LEGEND_LINE = "#cfd6df";
  private static final String PARENT_EDGE = "#3f4a5a";
  static final String DEPENDS_EDGE = "#d9480f";

  private GraphStyle() {}

  /** The whole picture: top to bottom, coarse periods above fine ones. */
  static void root(MutableGraph graph, String htmlTitle) {
    graph
        .graphAttrs()
        .add("rankdir", "TB")
        .graphAttrs()
        .add("compound", true)
        .graphAttrs()
        .add("newrank", true)
        .graphAttrs()
        .add("nodesep", 0.35)
        .graphAttrs()
        .add("ranksep", 0.5)
        .graphAttrs()
        .add("fontname", FONT)
        .graphAttrs()
        .add("fontcolor", INK)
        .graphAttrs()
        .add("fontsize", 16)
        .graphAttrs()
        .add("labelloc", "t")
        .graphAttrs()
        .add("labeljust", "l")
        .graphAttrs()
        .add("pad", 0.25)
        .graphAttrs()
        .add("bgcolor", "white")
        .graphAttrs()
        .add(Label.html(htmlTitle));
    graph
        .nodeAttrs()
        .add("fontname", FONT)
        .nodeAttrs()
        .add("fontsize", 12)
        .nodeAttrs()
        .add("fontcolor", INK)
        .nodeAttrs()
        .add("shape", "box")
        .nodeAttrs()
        .add("margin", "0.12,0.06");
    graph
        .linkAttrs()
        .add("fontname", FONT)
        .linkAttrs()
        .add("fontsize", 10)
        .linkAttrs()
        .add("arrowsize", 0.7);
  }

  /** The kinds of cluster, each with its border. */
  enum ClusterKind {
    /** A named tree, or the freeruns. */
    GROUP,
    /** The anonymous tree of a process in no tree: a dashed border. */
    OWN_TREE,
    /** The legend: white, set apart from the plan. */
    LEGEND
  }

  /** A cluster with a title: a named tree, a process's own tree, the freeruns or the legend. */
  static MutableGraph cluster(String id, String htmlTitle, ClusterKind kind) {
    MutableGraph cluster = mutCluster(id);
    cluster
        .graphAttrs()
        .add(Label.html(htmlTitle))
        .graphAttrs()
        .add("labeljust", "l")
        .graphAttrs()
        .add("fontsize", 13)
        .graphAttrs()
        .add("style", kind == ClusterKind.OWN_TREE ? "rounded,dashed,filled" : "rounded,filled")
        .graphAttrs()
        .add("fillcolor", kind == ClusterKind.LEGEND ? "white" : TREE_FILL)
        .graphAttrs()
        .add("color", kind == ClusterKind.LEGEND ? LEGEND_LINE : TREE_LINE)
        .graphAttrs()
        .add("margin", 12);
    return cluster;
  }

  /**
   * A subgraph drawn as a box; graphviz-java names it {@code cluster_ID}, as {@code lhead} and
   * {@code ltail} must. Subgraphs are undirected in graphviz-java unless told otherwise, and an
   * undirected subgraph of a digraph draws its edges without arrowheads.
   */
  static MutableGraph mutCluster(String id) {
    return guru.nidi.graphviz.model.Factory.mutGraph(id).setCluster(true).setDirected(true);
  }

  /** A managed process: a blue box, with a thick red border when its blocking is not normal. */
  static MutableNode managed(String id, String htmlLabel, boolean blocking, boolean enabled) {
    MutableNode node = node(id, htmlLabel, enabled, MANAGED_FILL, MANAGED_LINE);
    if (blocking) {
      node.add("color", BLOCKING).add("penwidth", 2.5);
    }
    return node;
  }

  /** A freerun: an amber box. */
  static MutableNode freerun(String id, String htmlLabel, boolean enabled) {
    return node(id, htmlLabel, enabled, FREERUN_FILL, FREERUN_LINE);
  }

  private static MutableNode node(
      String id, String htmlLabel, boolean enabled, String fill, String line) {
    return mutNode(id)
        .add(Label.html(htmlLabel))
        .add("style", enabled ? "rounded,filled" : "rounded,filled,dashed")
        .add("fillcolor", enabled ? fill : DISABLED_FILL)
        .add("color", line)
        .add("penwidth", 1.2);
  }

  /** A tree's parent edge, from the coarser process to the finer. */
  static Link parent(String child) {
    return to(mutNode(child)).with(attrs("color", PARENT_EDGE, "penwidth", 1.4));
  }

  /** A {@code depends_on} edge, from the counterpart to the job that waits for it. */
  static Link dependsOn(String waiting) {
    return to(mutNode(waiting))
        .with(
            attrs(
                "style",
                "dashed",
                "color",
                DEPENDS_EDGE,
                "fontcolor",
                DEPENDS_EDGE,
                "penwidth",
                1.6,
                "arrowhead",
                "vee"));
  }

  /** An edge that only shapes the layout. */
  static Link invisible(String to) {
    return to(mutNode(to)).with(attrs("style", "invis"));
  }

  /** Attributes from key-value pairs. */
  static Attributes<ForLink> attrs(Object... pairs) {
    List<Attributes<? extends ForLink>> each = new ArrayList<>();
    for (int i = 0; i < pairs.length; i += 2) {
      each.add(Attributes.attr((String) pairs[i], pairs[i + 1]));
    }
    return Attributes.attrs(each);
  }

  /** Text for an HTML-like label: the characters that mean markup escaped. */
  static String html(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Lines of a label, one table row each: rows keep lines of different sizes apart, where line
   * breaks let the underscores of a bold name touch the line below.
   */
  static String lines(List<String> htmlLines) {
    StringBuilder table =
        new StringBuilder(
            "<table border=\"0\" cellborder=\"0\" cellspacing=\"0\" cellpadding=\"1\">");
    htmlLines.forEach(line -> table.append("<tr><td>").append(line).append("</td></tr>"));
    return table.append("</table>").toString();
  }

  /** A line of small text in a colour. */
  static String small(String htmlText, String color) {
    return "<font point-size=\"10\" color=\"" + color + "\">" + htmlText + "</font>";
  }
}
