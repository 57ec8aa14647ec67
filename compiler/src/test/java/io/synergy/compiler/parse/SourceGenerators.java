package io.synergy.compiler.parse;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.synergy.grammar.SynergyLexer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of source text for the parser's properties: arbitrary code points and bytes, runs of
 * the language's tokens, deep nesting, and edits of a valid plan.
 */
final class SourceGenerators {
  /** The language page's complete example and its {@code machine careful}. */
  static final String VALID = resource("/plans/valid.synergy");

  /** What may start a run of random tokens: a declaration's head, a nested block, or nothing. */
  private static final List<String> OPENERS =
      List.of(
          "process p {",
          "freerun f {",
          "settings {",
          "tree t {",
          "machine m {",
          "machine m live {",
          "synergy 1",
          "gc {",
          "args {",
          "}",
          "");

  /** Before, repeated, after: shapes of nesting and of long chains. */
  private static final List<List<String>> NESTINGS =
      List.of(
          List.of("machine m { a -> b when ", "not ", "past }"),
          List.of("machine m { a -> b when ", "(", "past"),
          List.of("machine m { a -> b when ", "(not ", "past }"),
          List.of("machine m { a -> b when ", "past and ", "live }"),
          List.of("machine m { a -> b when ", "uow noop or ", "live }"),
          List.of("machine m { a -> b when live", " and past", " }"),
          List.of("settings { ", "gc { ", "}"),
          List.of("process p { ", "args { ", "}"),
          List.of("tree t { ", "a, ", "b }"),
          List.of("process p { run ", "\"x\" ", "}"),
          List.of("", "{", ""),
          List.of("", "process p { ", ""));

  /** String tokens: plain, with every escape, with bad escapes, unterminated. */
  private static final List<String> STRINGS =
      List.of(
          "\"\"",
          "\"bin/job\"",
          "\"{period}\"",
          "\"a\\\"b\"",
          "\"\\\\\"",
          "\"\\n\\t\"",
          "\"\\u{1F600}\"",
          "\"\\q\"",
          "\"\\u{D800}\"",
          "\"\\u{110000}\"",
          "\"\\u{zz\"",
          "\"\\u{zz `x`} {period}\"",
          "\"\\\u0007\"",
          "\"\\`\"",
          "\"\\\t\"",
          "\"unterminated",
          "\"ends in backslash\\",
          "\"😀\\x\"",
          "\"Europe/Berlin\"",
          "\"0 30 2 * * ?\"");

  /** Numbers, durations, dates, times and days, well-formed or not. */
  private static final List<String> LITERALS =
      List.of(
          "0",
          "1",
          "3",
          "90s",
          "1h30m",
          "5m",
          "48h",
          "5x",
          "5",
          "0s",
          "99999999999",
          "2147483648",
          "1h1h",
          "2026-12-01",
          "2026-13-40",
          "2026-1-1",
          "0-0-0",
          "06:00",
          "6:00",
          "06:00:30",
          "24:00",
          "23:60",
          "99:99:99",
          "1:2:3",
          "Mon",
          "Fri",
          "Mon-Fri",
          "Fri-Mon",
          "monday",
          "Tus");

  /** Whole attributes and fragments, so that random runs often parse a declaration. */
  private static final List<String> PHRASES =
      List.of(
          "period daily",
          "run \"bin/job\" \"{period}\"",
          "run \"x\\\u0007y\"",
          "run \"\\`\"",
          "source \"\\u{zz `x`} {period}\"",
          "trigger every 5m",
          "trigger at Mon-Fri 06:00, Sat 08:30",
          "trigger cron \"0 0 * * * ?\" in \"UTC\"",
          "a -> b",
          "embryo -> in_progress post range when",
          "uow finished",
          "not (live or past)",
          "exit noop 3, canceled 4",
          "retries 3 backoff 30s",
          "start -2d",
          "args { name = \"v\" }",
          "gc { every 60s }",
          "depends_on t",
          "}");

  private SourceGenerators() {}

  /** Random code points, as a string. */
  static Gen<String> codePointStrings(int maxLength) {
    return lists()
        .of(codePoints())
        .ofSizeBetween(0, maxLength)
        .map(SourceGenerators::fromCodePoints);
  }

  /** Random bytes, mostly printable ASCII, decoded as UTF-8 with malformed input replaced. */
  static Gen<String> lenientlyDecodedBytes(int maxLength) {
    Gen<Byte> bytes =
        Generate.frequency(
            Pair.of(3, Generate.bytes((byte) 0x09, (byte) 0x7e, (byte) 'a')),
            Pair.of(1, Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0)));
    return Generate.byteArrays(Generate.range(0, maxLength), bytes)
        .map(b -> new String(b, StandardCharsets.UTF_8));
  }

  /** Chunks that each start like a declaration or block and go on with random tokens. */
  static Gen<String> tokenSequences(int maxChunks) {
    Gen<String> chunk =
        Generate.pick(OPENERS)
            .zip(whitespace(), tokenRun(12), (opener, space, run) -> opener + space + run);
    return lists().of(chunk).ofSizeBetween(0, maxChunks).map(chunks -> String.join("", chunks));
  }

  /** A nesting or chain of up to {@code maxDepth} levels. */
  static Gen<String> deepNestings(int maxDepth) {
    return Generate.pick(NESTINGS)
        .zip(
            Generate.range(1, maxDepth),
            (nesting, depth) -> nesting.get(0) + nesting.get(1).repeat(depth) + nesting.get(2));
  }

  /** The valid plan after one to {@code maxEdits} random edits. */
  static Gen<String> mutationsOfValidPlan(int maxEdits) {
    return lists().of(Mutation.generator()).ofSizeBetween(1, maxEdits).map(Mutation::applyAll);
  }

  /**
   * Code points of every kind, surrogates excluded, weighted towards what the lexer cares about.
   */
  private static Gen<Integer> codePoints() {
    return Generate.frequency(
        List.of(
            Pair.of(6, Generate.range(0x20, 0x7e)),
            Pair.of(2, Generate.pick(List.of(0x0a, 0x0d, 0x09, 0x2028, 0x2029, 0xfeff, 0xa0))),
            Pair.of(1, Generate.range(0x00, 0x1f)),
            Pair.of(1, Generate.range(0x7f, 0x9f)),
            Pair.of(1, Generate.range(0xa0, 0xd7ff)),
            Pair.of(1, Generate.range(0xe000, 0xffff)),
            Pair.of(1, Generate.range(0x10000, 0x10ffff))));
  }

  /** The language's tokens, well-formed and not, as text. */
  private static Gen<String> tokens() {
    List<String> literals = new ArrayList<>();
    for (int type = 1; type <= SynergyLexer.VOCABULARY.getMaxTokenType(); type++) {
      String literal = SynergyLexer.VOCABULARY.getLiteralName(type);
      if (literal != null) {
        literals.add(literal.substring(1, literal.length() - 1));
      }
    }
    Gen<String> identifiers =
        lists()
            .of(Generate.pick(List.of("a", "b", "x", "_", "1", "Z", "site", "_daily", "Mon")))
            .ofSizeBetween(1, 4)
            .map(parts -> String.join("", parts))
            .map(s -> Character.isDigit(s.charAt(0)) ? "n" + s : s);
    return Generate.frequency(
        List.of(
            Pair.of(8, Generate.pick(literals)),
            Pair.of(3, identifiers),
            Pair.of(3, Generate.pick(STRINGS)),
            Pair.of(3, Generate.pick(LITERALS)),
            Pair.of(4, Generate.pick(PHRASES)),
            Pair.of(1, Generate.pick(List.of("# a comment", "#", "# ü 😀 \u0007", "\n", "\r\n")))));
  }

  private static Gen<String> tokenRun(int maxTokens) {
    return lists()
        .of(tokens().zip(whitespace(), (token, space) -> token + space))
        .ofSizeBetween(0, maxTokens)
        .map(parts -> String.join("", parts));
  }

  private static Gen<String> whitespace() {
    return Generate.pick(List.of(" ", " ", " ", "\n", "", "\t", "\r\n", "  \n  ", "\u00a0"));
  }

  /** One edit of the valid plan, at positions taken modulo the text's current length. */
  private record Mutation(int kind, int at, int other, String insert) {
    private static final Pattern TOKEN =
        Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*\"|#[^\\n]*|[A-Za-z0-9_:-]+|->|\\s+|.");

    static Gen<Mutation> generator() {
      Gen<String> insert =
          tokens().mix(codePoints().map(cp -> new String(Character.toChars(cp)))).mix(whitespace());
      return Generate.range(0, 5)
          .zip(
              integers().between(0, Integer.MAX_VALUE),
              integers().between(0, Integer.MAX_VALUE),
              insert,
              Mutation::new);
    }

    static String applyAll(List<Mutation> mutations) {
      String text = VALID;
      for (Mutation m : mutations) {
        text = m.apply(text);
      }
      return text;
    }

    String apply(String text) {
      List<String> tokens = split(text);
      if (tokens.isEmpty()) {
        return insert;
      }
      int i = at % tokens.size();
      int j = other % tokens.size();
      switch (kind) {
        case 0 -> tokens.remove(i);
        case 1 -> tokens.add(i, tokens.get(i));
        case 2 -> {
          String t = tokens.get(i);
          tokens.set(i, tokens.get(j));
          tokens.set(j, t);
        }
        case 3 -> tokens.add(i, insert);
        case 4 -> {
          int[] cps = text.codePoints().toArray();
          int k = at % cps.length;
          return fromCodePoints(
              IntStream.range(0, cps.length).filter(n -> n != k).mapToObj(n -> cps[n]).toList());
        }
        default -> {
          int offset = text.offsetByCodePoints(0, at % (text.codePointCount(0, text.length()) + 1));
          return text.substring(0, offset) + insert + text.substring(offset);
        }
      }
      return String.join("", tokens);
    }

    private static List<String> split(String text) {
      List<String> tokens = new ArrayList<>();
      Matcher m = TOKEN.matcher(text);
      while (m.find()) {
        tokens.add(m.group());
      }
      return tokens;
    }
  }

  static String fromCodePoints(List<Integer> codePoints) {
    StringBuilder b = new StringBuilder();
    codePoints.forEach(b::appendCodePoint);
    return b.toString();
  }

  private static String resource(String name) {
    try (InputStream in = SourceGenerators.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
