package io.synergy.plan;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A command as an argument vector of templates, parsed once by the compiler so the runtime never
 * re-reads placeholder syntax. Never run through a shell.
 */
public record RunTemplate(List<Arg> argv) {
  public RunTemplate {
    argv = List.copyOf(argv);
    Plan.require(!argv.isEmpty(), "a command needs at least one argument");
  }

  /** One argument: literal text and placeholders. */
  public record Arg(List<Part> parts) {
    public Arg {
      parts = List.copyOf(parts);
    }

    /**
     * The argument in the language's template syntax: placeholders in braces, literal braces
     * doubled.
     */
    public String template() {
      return parts.stream().map(Part::template).collect(Collectors.joining());
    }

    /**
     * The argument with every placeholder filled by {@code values} (name to text).
     *
     * @throws IllegalArgumentException when a placeholder has no value: a command never runs with a
     *     hole in it
     */
    public String fill(Function<String, String> values) {
      return parts.stream().map(p -> fill(p, values)).collect(Collectors.joining());
    }

    private static String fill(Part part, Function<String, String> values) {
      if (part instanceof Part.Literal l) {
        return l.text();
      }
      String name = ((Part.Placeholder) part).name();
      String value = values.apply(name);
      if (value == null) {
        throw new IllegalArgumentException("no value for placeholder {" + name + "}");
      }
      return value;
    }
  }

  /** Literal text or a placeholder. */
  public sealed interface Part {
    String template();

    /** Text taken as it is. */
    record Literal(String text) implements Part {
      @Override
      public String template() {
        return text.replace("{", "{{").replace("}", "}}");
      }
    }

    /** {@code {name}}: filled when a unit of work runs; {@code args.NAME} names an argument. */
    record Placeholder(String name) implements Part {
      @Override
      public String template() {
        return "{" + name + "}";
      }
    }
  }

  /** The argument vector in template syntax, as {@code synergyc plan} prints it. */
  public List<String> templates() {
    return argv.stream().map(Arg::template).toList();
  }

  /** The argument vector with every placeholder filled. */
  public List<String> fill(Map<String, String> values) {
    return argv.stream().map(a -> a.fill(values::get)).toList();
  }
}
