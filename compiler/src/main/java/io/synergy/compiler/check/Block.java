package io.synergy.compiler.check;

import java.util.List;

/** The kinds of attribute block, with the attributes each accepts and requires (LANGUAGE.md). */
enum Block {
  SETTINGS(
      "`settings`", List.of("timezone", "start", "discrete_lag", "max_failures", "gc"), List.of()),
  GC("`gc`", List.of("every", "resubmit_after", "release_lag", "life_support"), List.of()),
  PROCESS(
      "a process",
      List.of(
          "period",
          "run",
          "trigger",
          "machine",
          "blocking",
          "group",
          "source",
          "sink",
          "boxes",
          "retries",
          "timeout",
          "exit",
          "queue",
          "args",
          "enabled"),
      List.of("period", "run")),
  FREERUN(
      "a freerun",
      List.of("run", "trigger", "boxes", "retries", "timeout", "exit", "queue", "args", "enabled"),
      List.of("run", "trigger"));

  private final String title;
  private final List<String> allowed;
  private final List<String> required;

  Block(String title, List<String> allowed, List<String> required) {
    this.title = title;
    this.allowed = allowed;
    this.required = required;
  }

  /** How messages name the block: "a process", "`settings`". */
  String title() {
    return title;
  }

  List<String> allowed() {
    return allowed;
  }

  List<String> required() {
    return required;
  }

  /** Whether any kind of block accepts the attribute. */
  static boolean known(String attribute) {
    for (Block b : values()) {
      if (b.allowed.contains(attribute)) {
        return true;
      }
    }
    return false;
  }
}
