package io.synergy.plan.machine;

/** What a transition does besides changing state (SEMANTICS.md, ticks). */
public enum Action {
  /** Create and publish a unit of work with {@code start_id} 0 and the next {@code end_id}. */
  POST("post"),
  /**
   * Publish a unit of work covering the {@code _id} range of the source documents in the job's
   * window.
   */
  POST_RANGE("post range"),
  /**
   * Raise the current unit of work's {@code end_id} to the highest source {@code _id}, without
   * publishing.
   */
  EXTEND("extend");

  private final String word;

  Action(String word) {
    this.word = word;
  }

  public String word() {
    return word;
  }
}
