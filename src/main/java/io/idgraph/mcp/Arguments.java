package io.idgraph.mcp;

import io.idgraph.graph.Echo;
import io.idgraph.graph.IdgraphException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Typed reads of a tool's JSON arguments, failing with messages that name the argument, the rule
 * broken and the valid values. Values shown back are the caller's own argument values (enum names,
 * never identifier values).
 */
final class Arguments {
  private final Map<String, Object> values;
  private final String path;

  Arguments(Map<String, Object> values, String path) {
    this.values = values == null ? Map.of() : values;
    this.path = path;
  }

  static Arguments of(Map<String, Object> values) {
    return new Arguments(values, "");
  }

  /** Fails on any argument not in {@code allowed}, with a hint when one is known. */
  Arguments onlyKnown(Set<String> allowed, Map<String, String> hints) {
    for (String name : values.keySet()) {
      if (!allowed.contains(name)) {
        String hint = hints.getOrDefault(name, "");
        throw IdgraphException.invalid(
            "unknown argument '"
                + Echo.cut(path + name)
                + "'"
                + (hint.isEmpty() ? "" : "; " + hint)
                + "; valid arguments"
                + (path.isEmpty() ? "" : " of " + path.substring(0, path.length() - 1))
                + ": "
                + String.join(", ", allowed.stream().sorted().toList()));
      }
    }
    return this;
  }

  boolean has(String name) {
    return values.get(name) != null;
  }

  Object raw(String name) {
    return values.get(name);
  }

  String name(String name) {
    return path + name;
  }

  Optional<String> string(String name) {
    Object value = values.get(name);
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof String s) {
      return Optional.of(s);
    }
    throw IdgraphException.invalid(name(name) + " must be a string, got " + kind(value));
  }

  /** An enum-valued string: must be one of {@code valid} (compared case-insensitively). */
  <T> Optional<T> choice(String name, List<String> valid, Function<String, Optional<T>> parse) {
    return string(name)
        .map(
            raw ->
                parse
                    .apply(raw)
                    .orElseThrow(
                        () ->
                            IdgraphException.invalid(
                                name(name)
                                    + " must be one of "
                                    + String.join(", ", valid)
                                    + "; got '"
                                    + Echo.cut(raw)
                                    + "'")));
  }

  Optional<Double> number(String name) {
    Object value = values.get(name);
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof Number n) {
      return Optional.of(n.doubleValue());
    }
    throw IdgraphException.invalid(name(name) + " must be a number, got " + kind(value));
  }

  Optional<List<Object>> list(String name) {
    Object value = values.get(name);
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof List<?> list) {
      return Optional.of(new ArrayList<>(list));
    }
    throw IdgraphException.invalid(name(name) + " must be an array, got " + kind(value));
  }

  /** An array of strings; integral numbers are accepted and turned into their digits. */
  Optional<List<String>> strings(String name) {
    return items(name, Arguments::stringOrInteger);
  }

  /** The objects of an array argument, each as its own {@link Arguments}. */
  Optional<List<Arguments>> objects(String name) {
    return items(
        name,
        (item, at) -> {
          if (!(item instanceof Map<?, ?> map)) {
            throw IdgraphException.invalid(at + " must be an object, got " + kind(item));
          }
          @SuppressWarnings("unchecked")
          Map<String, Object> fields = (Map<String, Object>) map;
          return new Arguments(fields, at + ".");
        });
  }

  /** An array argument's items, each read by {@code item} from it and where it is ("ids[3]"). */
  private <T> Optional<List<T>> items(String name, BiFunction<Object, String, T> item) {
    return list(name)
        .map(
            items -> {
              List<T> out = new ArrayList<>(items.size());
              for (int i = 0; i < items.size(); i++) {
                out.add(item.apply(items.get(i), name(name) + "[" + i + "]"));
              }
              return out;
            });
  }

  /** A string, or an integral number as its digits; anything else fails naming {@code at}. */
  static String stringOrInteger(Object value, String at) {
    if (value instanceof String s) {
      return s;
    }
    if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
      return value.toString();
    }
    if (value instanceof BigDecimal d && d.stripTrailingZeros().scale() <= 0) {
      return d.toBigInteger().toString();
    }
    throw IdgraphException.invalid(at + " must be a string or an integer, got " + kind(value));
  }

  static String kind(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof String) {
      return "a string";
    }
    if (value instanceof Boolean) {
      return "a boolean";
    }
    if (value instanceof Number) {
      return "a number";
    }
    if (value instanceof List) {
      return "an array";
    }
    if (value instanceof Map) {
      return "an object";
    }
    return "a " + value.getClass().getSimpleName().toLowerCase(Locale.ROOT);
  }

  static List<String> wireNames(Enum<?>[] constants) {
    return Arrays.stream(constants).map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
  }
}
