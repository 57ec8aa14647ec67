package io.synergy.compiler.fmt;

import io.synergy.grammar.SynergyLexer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Writes random plans that parse, from the grammar: a header or not, settings, processes and
 * freeruns with random attributes in random order, trees over processes of distinct periods,
 * declared machines, sometimes a semantic mistake (an unknown or repeated attribute), comments in
 * random places and random whitespace between tokens. Most of them compile to a plan.
 */
final class PlanWriter {
  private static final List<String> PERIODS = List.of("hourly", "daily", "monthly", "yearly");
  private static final List<String> RUN =
      List.of(
          "\"bin/job\"",
          "\"--from\"",
          "\"{start}\"",
          "\"{end}\"",
          "\"{period}\"",
          "\"{uow}\"",
          "\"{attempt}\"",
          "\"{process}\"",
          "\"a b\"",
          "\"\\u{20AC}\"",
          "\"say \\\"hi\\\"\"",
          "\"{{literal}}\"",
          "\"workers/a-rather-long-script-name.py\"");
  private static final List<String> FREERUN_RUN =
      List.of("\"bin/job\"", "\"{uow}\"", "\"{attempt}\"", "\"--full\"", "\"\\t\"");
  private static final List<String> TRIGGERS =
      List.of(
          "every 5m",
          "every 1h30m",
          "at 06:00",
          "at Mon-Fri 06:00 , Sat 08:30",
          "at Fri - Mon 03:00 in \"America/Chicago\"",
          "cron \"0 30 2 * * ?\"",
          "cron \"0 0 17 ? * MON-FRI\" in \"America/New_York\"");
  private static final List<String> COMMENTS =
      List.of("#", "# a comment", "#tight", "## two", "# ü 😀 \"x\" { }", "# trailing spaces   ");
  private static final List<String> SPACES =
      List.of(" ", " ", " ", "  ", "\t", "\n", "\n", "\n    ", "\n\n", "\n\n\n", "\r\n", " \f");
  private static final String CAREFUL =
      "{ embryo -> in_progress post when past and finalizable"
          + " in_progress -> in_progress post when uow finished and not finalizable"
          + " in_progress -> processed when uow processed and finalizable"
          + " in_progress -> skipped when uow canceled and finalizable"
          + " in_progress -> noop when ( uow noop ) and finalizable }";

  private static final Pattern WORD = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|\\S+");

  private final RandomnessSource in;
  private final List<List<String>> declarations = new ArrayList<>();
  private final List<String> machines = new ArrayList<>();
  private final Map<String, String> periods = new HashMap<>();

  private PlanWriter(RandomnessSource in) {
    this.in = in;
  }

  static Gen<String> plans() {
    return in -> new PlanWriter(in).plan();
  }

  /** Random whitespace between the tokens and comments of a text. */
  static Gen<String> respaced(String text) {
    List<String> atoms = new ArrayList<>();
    SynergyLexer lexer = new SynergyLexer(CharStreams.fromString(text));
    lexer.removeErrorListeners();
    for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
      atoms.add(t.getText());
    }
    return in -> new PlanWriter(in).join(atoms);
  }

  private String plan() {
    int machineCount = below(3);
    for (int i = 0; i < machineCount; i++) {
      machines.add("m" + i);
      declarations.add(words("machine m" + i + (chance(2) ? " live " : " ") + CAREFUL));
    }
    if (chance(2)) {
      declarations.add(settings());
    }
    List<String> processes = processes();
    trees(processes);
    for (int i = below(3); i > 0; i--) {
      declarations.add(freerun("f" + i));
    }
    shuffle(declarations);
    List<String> atoms = new ArrayList<>();
    if (chance(3)) {
      atoms.addAll(words("synergy 1"));
    }
    declarations.forEach(atoms::addAll);
    return join(withComments(atoms));
  }

  private List<String> settings() {
    List<List<String>> attributes = new ArrayList<>();
    attributes.add(words(pick("timezone \"UTC\"", "timezone \"Europe/Berlin\"")));
    attributes.add(words(pick("start 2026-12-01", "start - 2d", "start -2d")));
    attributes.add(words("discrete_lag 10m"));
    attributes.add(words("max_failures 5"));
    List<List<String>> gc = new ArrayList<>();
    gc.add(words("every 60s"));
    gc.add(words("resubmit_after 1h"));
    gc.add(words("release_lag 15m"));
    gc.add(words("life_support 48h"));
    attributes.add(block("gc", some(gc)));
    return block("settings", some(attributes));
  }

  private List<String> processes() {
    List<String> names = new ArrayList<>();
    for (int i = below(6); i > 0; i--) {
      String name = chance(4) ? "p" + i + "_with_a_name_long_enough_to_fill_a_line" : "p" + i;
      names.add(name);
      periods.put(name, PERIODS.get(below(4)));
      declarations.add(process(name, periods.get(name)));
    }
    return names;
  }

  private List<String> process(String name, String period) {
    List<List<String>> required = new ArrayList<>();
    required.add(words("period " + period));
    required.add(run(RUN));
    List<List<String>> optional = new ArrayList<>();
    if (chance(4)) {
      required.add(words("machine recomputing"));
      required.add(words("source \"s_" + name + "\""));
    } else {
      optional.add(words("machine " + machine()));
      optional.add(words("source \"s_" + name + "\""));
    }
    optional.add(words("trigger " + pick(TRIGGERS.toArray(String[]::new))));
    optional.add(words("sink \"" + name + "\""));
    optional.add(words("blocking " + pick("normal", "children", "dependencies")));
    optional.add(words("group 1"));
    common(optional, name);
    return declaration("process " + name, required, optional);
  }

  private String machine() {
    List<String> choices = new ArrayList<>(List.of("discrete", "continuous"));
    choices.addAll(machines);
    return choices.get(below(choices.size()));
  }

  private List<String> freerun(String name) {
    List<List<String>> required = new ArrayList<>();
    required.add(words("trigger " + pick(TRIGGERS.toArray(String[]::new))));
    required.add(run(FREERUN_RUN));
    List<List<String>> optional = new ArrayList<>();
    common(optional, name);
    return declaration("freerun " + name, required, optional);
  }

  /** The attributes that processes and freeruns share. */
  private void common(List<List<String>> attributes, String name) {
    attributes.add(words("boxes \"dev.*\"" + (chance(2) ? " , \"prod-[0-9]+\"" : "")));
    attributes.add(words("retries 3" + (chance(2) ? " backoff 30s" : "")));
    attributes.add(words("timeout " + pick("45m", "2h")));
    attributes.add(words("exit noop 3" + (chance(2) ? ", canceled 4" : "")));
    attributes.add(words("queue \"q." + name + "\""));
    attributes.add(words("enabled " + pick("true", "false")));
    attributes.add(
        block(
            "args",
            some(List.of(words("region = \"eu\""), words("batch_size = \"{process}-x\"")))));
  }

  /**
   * A declaration with its required attributes and a random subset of the others, shuffled, and now
   * and then a mistake.
   */
  private List<String> declaration(
      String head, List<List<String>> required, List<List<String>> optional) {
    List<List<String>> kept = new ArrayList<>(required);
    kept.addAll(some(optional));
    if (chance(40)) {
      kept.add(words(pick("prio 5", "perod daily", "owner \"me\", \"you\"", "colour { red }")));
    }
    if (chance(50)) {
      kept.add(kept.get(0));
    }
    shuffle(kept);
    return block(head, kept);
  }

  private List<String> run(List<String> strings) {
    List<String> run = new ArrayList<>(List.of("run"));
    for (int i = 1 + below(chance(4) ? 14 : 4); i > 0; i--) {
      run.add(strings.get(below(strings.size())));
    }
    return run;
  }

  /**
   * Trees over some of the processes, at most one per period, each depending on earlier ones; the
   * other processes form trees of their own.
   */
  private void trees(List<String> processes) {
    List<String> free = new ArrayList<>(processes);
    List<String> trees = new ArrayList<>();
    for (int t = 0; !free.isEmpty() && (t == 0 || !chance(3)); t++) {
      List<String> members = new ArrayList<>();
      for (String name : some(free)) {
        if (members.stream().noneMatch(m -> periods.get(m).equals(periods.get(name)))) {
          members.add(name);
        }
      }
      if (members.isEmpty()) {
        members.add(free.get(0));
      }
      free.removeAll(members);
      shuffle(members);
      List<String> tree = words("tree t" + t + " {");
      tree.addAll(list(members));
      if (!trees.isEmpty() && chance(2)) {
        List<String> deps = some(trees);
        tree.add("depends_on");
        tree.addAll(list(deps.isEmpty() ? trees.subList(0, 1) : deps));
      }
      tree.add("}");
      trees.add("t" + t);
      declarations.add(tree);
    }
  }

  private List<String> list(List<String> names) {
    List<String> atoms = new ArrayList<>();
    for (String name : names) {
      if (!atoms.isEmpty()) {
        atoms.add(",");
      }
      atoms.add(name);
    }
    return atoms;
  }

  private static List<String> block(String head, List<List<String>> body) {
    List<String> atoms = words(head + " {");
    body.forEach(atoms::addAll);
    atoms.add("}");
    return atoms;
  }

  /** The words of a text, a string with spaces in it being one word. */
  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  private List<String> withComments(List<String> atoms) {
    List<String> out = new ArrayList<>();
    for (String atom : atoms) {
      if (chance(12)) {
        out.add(COMMENTS.get(below(COMMENTS.size())));
      }
      out.add(atom);
    }
    if (chance(4)) {
      out.add(COMMENTS.get(below(COMMENTS.size())));
    }
    return out;
  }

  /** The atoms with random whitespace between them; a comment always ends its line. */
  private String join(List<String> atoms) {
    StringBuilder text = new StringBuilder(chance(5) ? "\n\n" : "");
    for (String atom : atoms) {
      text.append(atom);
      String space = SPACES.get(below(SPACES.size()));
      text.append(atom.startsWith("#") && !space.contains("\n") ? "\n" + space : space);
    }
    return text.toString();
  }

  private <T> List<T> some(List<T> items) {
    List<T> chosen = new ArrayList<>();
    for (T item : items) {
      if (chance(2)) {
        chosen.add(item);
      }
    }
    return chosen;
  }

  private <T> void shuffle(List<T> items) {
    for (int i = items.size() - 1; i > 0; i--) {
      int j = below(i + 1);
      T t = items.get(i);
      items.set(i, items.get(j));
      items.set(j, t);
    }
  }

  @SafeVarargs
  private <T> T pick(T... choices) {
    return choices[below(choices.length)];
  }

  /** True one time in {@code n}. */
  private boolean chance(int n) {
    return below(n) == 0;
  }

  /** A number from 0 to {@code n - 1}. */
  private int below(int n) {
    return n <= 1 ? 0 : Generate.range(0, n - 1).generate(in);
  }
}
