package io.synergy.compiler.ast;

/** The two kinds of process declaration. */
public enum ProcessKind {
  /** {@code process}: has a period, lives in a tree, runs under a machine. */
  MANAGED("process"),
  /** {@code freerun}: cron-like, no period, no tree. */
  FREERUN("freerun");

  private final String keyword;

  ProcessKind(String keyword) {
    this.keyword = keyword;
  }

  /** The keyword that declares this kind. */
  public String keyword() {
    return keyword;
  }
}
