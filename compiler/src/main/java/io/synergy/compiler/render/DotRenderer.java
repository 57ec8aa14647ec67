package io.synergy.compiler.render;

import static guru.nidi.graphviz.model.Factory.mutGraph;
import static guru.nidi.graphviz.model.Factory.mutNode;

import guru.nidi.graphviz.attribute.Label;
import guru.nidi.graphviz.model.MutableGraph;
import guru.nidi.graphviz.model.MutableNode;
import io.synergy.plan.PeriodKind;
import io.synergy.plan.Plan;
import io.synergy.plan.Process;
import io.synergy.plan.Tree;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A plan as a Graphviz graph (graphviz-java's model) and as DOT text: one cluster per named tree,
 * one per process in no tree, one for the freeruns and one for the legend; tree parent edges from
 * coarser to finer; dashed {@code depends_on} edges from each counterpart to the job that waits for
 * it. Processes of the same period share a row, whichever tree they are in, rows in period order.
 * Needs no Graphviz installed: the DOT text is written by graphviz-java's serializer.
 *
 * <p>Cluster and node ids: a process's node is its name; ids the renderer makes up contain a
 * hyphen, which no name of the language can.
 */
public final class DotRenderer {
  private final Plan plan;
  private final List<Process> freeruns;
  private final MutableGraph root = mutGraph("synergy").setDirected(true);
  private final TreeMap<PeriodKind, List<String>> rows = new TreeMap<>();

  private DotRenderer(Plan plan) {
    this.plan = plan;
    this.freeruns = plan.processes().stream().filter(p -> !p.isManaged()).toList();
  }

  /** The plan as DOT text, ending with a newline; {@code title} heads the picture. */
  public static String render(Plan plan, String title) {
    return graph(plan, title) + "\n";
  }

  /** The plan as graphviz-java's model, ready to serialize or render. */
  public static MutableGraph graph(Plan plan, String title) {
    return new DotRenderer(plan).build(title);
  }

  private MutableGraph build(String title) {
    GraphStyle.root(root, title(title));
    plan.trees().forEach(this::addTree);
    plan.processes().stream()
        .filter(p -> p.isManaged() && p.tree().isEmpty())
        .forEach(this::addOwnTree);
    addFreeruns();
    plan.trees().forEach(this::addDependencies);
    orderRows();
    alignRows();
    root.add(GraphLegend.cluster());
    placeLegend();
    return root;
  }

  private String title(String title) {
    return "<b>"
        + GraphStyle.html(title)
        + "</b>"
        + GraphStyle.small(
            "   times in " + GraphStyle.html(plan.settings().timezone().getId()), GraphStyle.MUTED);
  }

  private void addTree(Tree tree) {
    String heading = "tree <b>" + GraphStyle.html(tree.name()) + "</b>";
    if (!tree.dependsOn().isEmpty()) {
      heading +=
          "<br align=\"left\"/>"
              + GraphStyle.small(
                  "depends_on " + GraphStyle.html(String.join(", ", tree.dependsOn())),
                  GraphStyle.DEPENDS_EDGE);
    }
    MutableGraph cluster =
        GraphStyle.cluster(treeId(tree.name()), heading, GraphStyle.ClusterKind.GROUP);
    List<String> members = tree.processes();
    for (int i = 0; i < members.size(); i++) {
      MutableNode node = processNode(plan.process(members.get(i)).orElseThrow());
      if (i + 1 < members.size()) {
        node.addLink(GraphStyle.parent(members.get(i + 1)));
      }
      cluster.add(node);
    }
    if (members.isEmpty()) {
      // Graphviz draws no cluster without a node.
      cluster.add(
          mutNode(anchor(tree))
              .add(Label.html(GraphStyle.small("<i>no processes</i>", GraphStyle.MUTED)))
              .add("shape", "plaintext"));
    }
    root.add(cluster);
  }

  /** The node of a tree that edges between whole clusters start or end at. */
  private static String anchor(Tree tree) {
    return tree.processes().isEmpty() ? "empty-" + tree.name() : tree.processes().get(0);
  }

  private void addOwnTree(Process process) {
    MutableGraph cluster =
        GraphStyle.cluster(
            "own-" + process.name(),
            "<i>" + GraphStyle.small("no tree", GraphStyle.MUTED) + "</i>",
            GraphStyle.ClusterKind.OWN_TREE);
    cluster.add(processNode(process));
    root.add(cluster);
  }

  private MutableNode processNode(Process process) {
    rows.computeIfAbsent(process.period().orElseThrow(), p -> new ArrayList<>())
        .add(process.name());
    return GraphStyle.managed(
        process.name(),
        GraphLabels.managed(process, plan.settings().timezone()),
        process.blocking().orElseThrow() != Process.Blocking.NORMAL,
        process.enabled());
  }

  /** The freeruns in a column of their own. */
  private void addFreeruns() {
    if (freeruns.isEmpty()) {
      return;
    }
    MutableGraph cluster =
        GraphStyle.cluster("freeruns", "<b>freeruns</b>", GraphStyle.ClusterKind.GROUP);
    for (int i = 0; i < freeruns.size(); i++) {
      Process freerun = freeruns.get(i);
      MutableNode node =
          GraphStyle.freerun(
              freerun.name(),
              GraphLabels.freerun(freerun, plan.settings().timezone()),
              freerun.enabled());
      if (i + 1 < freeruns.size()) {
        node.addLink(GraphStyle.invisible(freeruns.get(i + 1).name()));
      }
      cluster.add(node);
    }
    root.add(cluster);
  }

  /**
   * One dashed edge per counterpart: from the process of the tree depended on to the process of the
   * same period that waits for it. Trees that share no period (SYN403) get one edge between their
   * clusters.
   */
  private void addDependencies(Tree tree) {
    for (String name : tree.dependsOn()) {
      Tree other = plan.tree(name).orElseThrow();
      String tooltip = tree.name() + " depends_on " + other.name();
      boolean shared = false;
      for (String waiting : tree.processes()) {
        Optional<String> counterpart = samePeriod(other, period(waiting));
        if (counterpart.isPresent()) {
          shared = true;
          addDependsOn(counterpart.get(), waiting, "constraint", false, "tooltip", tooltip);
        }
      }
      if (!shared) {
        addDependsOn(
            anchor(other),
            anchor(tree),
            "ltail",
            "cluster_" + treeId(other.name()),
            "lhead",
            "cluster_" + treeId(tree.name()),
            "label",
            " no shared period",
            "constraint",
            false,
            "tooltip",
            tooltip);
      }
    }
  }

  private void addDependsOn(String from, String to, Object... attributes) {
    root.add(mutNode(from).addLink(GraphStyle.dependsOn(to).with(GraphStyle.attrs(attributes))));
  }

  private Optional<String> samePeriod(Tree tree, PeriodKind period) {
    return tree.processes().stream().filter(p -> period(p) == period).findFirst();
  }

  private PeriodKind period(String process) {
    return plan.process(process).flatMap(Process::period).orElseThrow();
  }

  /** Each row below the coarser one, even where no tree leads from one to the other. */
  private void orderRows() {
    List<String> upper = null;
    for (List<String> row : rows.values()) {
      if (upper != null && !linked(upper, row)) {
        root.add(
            mutNode(upper.get(0))
                .addLink(GraphStyle.invisible(row.get(0)).with(GraphStyle.attrs("weight", 0))));
      }
      upper = row;
    }
  }

  /** Whether a tree's parent edge already leads from one row to the next. */
  private boolean linked(List<String> upper, List<String> lower) {
    for (Tree tree : plan.trees()) {
      List<String> members = tree.processes();
      for (int i = 0; i + 1 < members.size(); i++) {
        if (upper.contains(members.get(i)) && lower.contains(members.get(i + 1))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Processes of the same period side by side; the coarsest row and the first freerun at the top.
   */
  private void alignRows() {
    rows.forEach(
        (period, names) -> {
          List<String> row = new ArrayList<>(names);
          boolean top = period == rows.firstKey();
          if (top && !freeruns.isEmpty()) {
            row.add(freeruns.get(0).name());
          }
          if (row.size() > 1) {
            MutableGraph same = mutGraph("row-" + period.word()).setDirected(true);
            same.graphAttrs().add("rank", top ? "min" : "same");
            row.forEach(name -> same.add(mutNode(name)));
            root.add(same);
          }
        });
  }

  /**
   * At the bottom: below the finest row of processes, or below the last freerun when the column of
   * freeruns is the taller.
   */
  private void placeLegend() {
    List<String> above =
        rows.isEmpty() || freeruns.size() > rows.size()
            ? freeruns.stream().map(Process::name).toList()
            : rows.lastEntry().getValue();
    if (!above.isEmpty()) {
      root.add(
          mutNode(above.get(above.size() - 1))
              .addLink(
                  GraphStyle.invisible(GraphLegend.FIRST).with(GraphStyle.attrs("weight", 0))));
    }
  }

  private static String treeId(String tree) {
    return "tree-" + tree;
  }
}
