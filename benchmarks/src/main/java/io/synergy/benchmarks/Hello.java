package io.synergy.benchmarks;

/** The baseline: the cheapest JVM process, measured beside each command in the same run. */
public final class Hello {
  private Hello() {}

  public static void main(String[] args) {
    System.out.println("hello");
  }
}
