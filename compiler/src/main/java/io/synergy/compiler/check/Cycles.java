package io.synergy.compiler.check;

import io.synergy.compiler.ast.Name;
import io.synergy.compiler.ast.TreeDecl;
import io.synergy.compiler.diag.Code;
import io.synergy.compiler.diag.Diagnostic;
import io.synergy.compiler.diag.Diagnostics;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cycles in `depends_on` (SYN402): Tarjan's strongly connected components, iteratively so deep
 * chains cannot overflow the stack, in time linear in trees and edges. One diagnostic per cycle, on
 * the `depends_on` entry of the first-declared tree in it, listing a shortest cycle through that
 * tree. A component can hold several cycles (`a -> b -> a` and `b -> c -> b`): once a cycle is
 * reported, its entry is set aside as if the user had removed it, and the search runs again, so
 * every cycle that needs a fix of its own is reported and one that the same fix breaks is not. An
 * acyclic plan takes one linear pass.
 */
final class Cycles {
  private final List<String> names;
  private final Map<String, Integer> index = new HashMap<>();
  private final List<List<Name>> out = new ArrayList<>();
  private final Diagnostics diagnostics;

  Cycles(Map<String, TreeDecl> trees, Map<String, List<Name>> edges, Diagnostics diagnostics) {
    this.names = new ArrayList<>(trees.keySet());
    for (int i = 0; i < names.size(); i++) {
      index.put(names.get(i), i);
      out.add(edges.getOrDefault(names.get(i), List.of()));
    }
    this.diagnostics = diagnostics;
  }

  /** The entries already reported: each broke a cycle. */
  private final Set<Name> reported = Collections.newSetFromMap(new IdentityHashMap<>());

  void report() {
    List<List<Integer>> cyclic = cyclicComponents();
    while (!cyclic.isEmpty()) {
      for (List<Integer> component : cyclic) {
        int first = component.stream().mapToInt(Integer::intValue).min().orElseThrow();
        reported.add(report(first, component));
      }
      cyclic = cyclicComponents();
    }
  }

  private List<List<Integer>> cyclicComponents() {
    List<List<Integer>> cyclic = new ArrayList<>();
    for (List<Integer> component : components()) {
      int only = component.get(0);
      if (component.size() > 1
          || edges(only).stream().anyMatch(n -> n.text().equals(names.get(only)))) {
        cyclic.add(component);
      }
    }
    return cyclic;
  }

  /** The `depends_on` entries of a tree that no reported cycle has set aside. */
  private List<Name> edges(int node) {
    List<Name> all = out.get(node);
    return reported.isEmpty() ? all : all.stream().filter(n -> !reported.contains(n)).toList();
  }

  /** Reports a shortest cycle through {@code first}; returns its entry in {@code first}. */
  private Name report(int first, List<Integer> component) {
    boolean[] inComponent = new boolean[names.size()];
    component.forEach(i -> inComponent[i] = true);
    int[] previous = new int[names.size()];
    Arrays.fill(previous, -1);
    Name[] via = new Name[names.size()];
    Deque<Integer> queue = new ArrayDeque<>();
    queue.add(first);
    int last = -1;
    Name closing = null;
    search:
    while (!queue.isEmpty()) {
      int node = queue.poll();
      for (Name edge : edges(node)) {
        int next = index.get(edge.text());
        if (next == first) {
          last = node;
          closing = edge;
          break search;
        }
        if (inComponent[next] && previous[next] == -1 && next != first) {
          previous[next] = node;
          via[next] = edge;
          queue.add(next);
        }
      }
    }
    List<String> path = new ArrayList<>();
    Name entry = closing;
    for (int n = last; n != first; n = previous[n]) {
      path.add(0, names.get(n));
      entry = via[n];
    }
    path.add(0, names.get(first));
    path.add(names.get(first));
    diagnostics.report(
        Diagnostic.of(
                Code.SYN402,
                entry.span(),
                "cycle in tree dependencies: `" + String.join("` -> `", path) + "`")
            .label("`" + names.get(first) + "` depends on `" + entry.text() + "` here")
            .note("every job in a cycle would wait for itself")
            .help("remove one `depends_on` entry in the cycle"));
    return entry;
  }

  /** Strongly connected components, each as a list of node indexes. */
  private List<List<Integer>> components() {
    int n = names.size();
    List<List<Name>> adjacency = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      adjacency.add(edges(i));
    }
    int[] order = new int[n];
    int[] low = new int[n];
    boolean[] onStack = new boolean[n];
    Arrays.fill(order, -1);
    Deque<Integer> stack = new ArrayDeque<>();
    List<List<Integer>> result = new ArrayList<>();
    int counter = 0;
    int[] edgeCursor = new int[n];
    Deque<Integer> work = new ArrayDeque<>();
    for (int root = 0; root < n; root++) {
      if (order[root] != -1) {
        continue;
      }
      work.push(root);
      while (!work.isEmpty()) {
        int v = work.peek();
        if (order[v] == -1) {
          order[v] = low[v] = counter++;
          stack.push(v);
          onStack[v] = true;
        }
        List<Name> edges = adjacency.get(v);
        if (edgeCursor[v] < edges.size()) {
          int w = index.get(edges.get(edgeCursor[v]++).text());
          if (order[w] == -1) {
            work.push(w);
          } else if (onStack[w]) {
            low[v] = Math.min(low[v], order[w]);
          }
          continue;
        }
        work.pop();
        if (!work.isEmpty()) {
          int parent = work.peek();
          low[parent] = Math.min(low[parent], low[v]);
        }
        if (low[v] == order[v]) {
          List<Integer> component = new ArrayList<>();
          int w;
          do {
            w = stack.pop();
            onStack[w] = false;
            component.add(w);
          } while (w != v);
          result.add(component);
        }
      }
    }
    return result;
  }
}
