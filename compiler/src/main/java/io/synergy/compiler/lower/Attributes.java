package io.synergy.compiler.lower;

import io.synergy.compiler.ast.Attribute;
import io.synergy.compiler.ast.Value;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Typed reads of a checked block's attributes; absent means "use the default". */
record Attributes(Map<String, Attribute> byName) {
  Attributes {
    byName = byName == null ? Map.of() : byName;
  }

  <T extends Value> Optional<T> value(String name, Class<T> type) {
    Attribute a = byName.get(name);
    return a != null && type.isInstance(a.value())
        ? Optional.of(type.cast(a.value()))
        : Optional.empty();
  }

  Optional<String> word(String name) {
    return value(name, Value.Word.class).map(Value.Word::word);
  }

  Optional<String> string(String name) {
    return value(name, Value.Strings.class).map(s -> s.items().get(0).value());
  }

  Optional<Integer> integer(String name) {
    return value(name, Value.Int.class).map(i -> i.value().value());
  }

  Optional<Duration> duration(String name) {
    return value(name, Value.Duration.class).map(d -> d.value().value());
  }
}
