package io.synergy.compiler.diag;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * "Did you mean": among candidates of the right kind only, those within an edit distance of 2 (1
 * for names under 4 characters), nearest first, ties in the candidates' order.
 */
public final class Suggestions {
  private Suggestions() {}

  /** The nearest candidate, if any is close enough. */
  public static Optional<String> nearest(String name, Collection<String> candidates) {
    return ranked(name, candidates).stream().findFirst();
  }

  /** Every candidate close enough, nearest first. */
  public static List<String> ranked(String name, Collection<String> candidates) {
    int limit = name.length() < 4 ? 1 : 2;
    record Scored(String candidate, int distance, int index) {}
    java.util.ArrayList<Scored> scored = new java.util.ArrayList<>();
    int index = 0;
    for (String candidate : candidates) {
      if (!candidate.equals(name) && Math.abs(candidate.length() - name.length()) <= limit) {
        int d = distance(name, candidate, limit);
        if (d <= limit) {
          scored.add(new Scored(candidate, d, index));
        }
      }
      index++;
    }
    return scored.stream()
        .sorted(Comparator.comparingInt(Scored::distance).thenComparingInt(Scored::index))
        .map(Scored::candidate)
        .distinct()
        .toList();
  }

  /**
   * The optimal-string-alignment distance (insertions, deletions, substitutions and adjacent
   * transpositions), giving up early with {@code limit + 1} once it must exceed {@code limit}.
   */
  public static int distance(String a, String b, int limit) {
    int n = a.length();
    int m = b.length();
    int[] prev2 = new int[m + 1];
    int[] prev = new int[m + 1];
    int[] cur = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, prev2[j - 2] + 1);
        }
        cur[j] = v;
        rowMin = Math.min(rowMin, v);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
      int[] t = prev2;
      prev2 = prev;
      prev = cur;
      cur = t;
    }
    return prev[m];
  }
}
