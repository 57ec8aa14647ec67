package io.synergy.compiler.fmt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;

/**
 * What lies between the significant tokens of a file, attached to the tokens: the comments on their
 * own lines before a token (its leading comments), the comment at the end of a token's line (its
 * trailing comment), and where the file had line breaks and blank lines. A comment that follows a
 * token on the same line trails that token; any other comment leads the next token (the end-of-file
 * token for the comments after the last one).
 */
final class Trivia {
  /** A comment as printed (trailing whitespace removed), and whether a blank line preceded it. */
  record Comment(String text, boolean blankBefore) {}

  private final Map<Token, List<Comment>> leading = new HashMap<>();
  private final Map<Token, String> trailing = new HashMap<>();
  private final Map<Token, Boolean> blankBefore = new HashMap<>();
  private final Map<Token, Boolean> startsLine = new HashMap<>();

  private Trivia() {}

  /** Attaches the comments to the tokens (which end with the end-of-file token). */
  static Trivia of(List<Token> tokens, List<Token> comments) {
    Trivia trivia = new Trivia();
    List<Token> all = merged(tokens, comments);
    List<Comment> pending = new ArrayList<>();
    Token previous = null;
    for (Token t : all) {
      int breaks = previous == null ? 0 : lineBreaksBetween(previous, t);
      boolean blank = previous != null && breaks >= 2;
      if (!isComment(t)) {
        trivia.leading.put(t, List.copyOf(pending));
        trivia.blankBefore.put(t, blank);
        trivia.startsLine.put(t, breaks >= 1);
        pending.clear();
      } else if (previous != null && !isComment(previous) && breaks == 0) {
        trivia.trailing.put(previous, text(t));
      } else {
        pending.add(new Comment(text(t), blank));
      }
      previous = t;
    }
    return trivia;
  }

  /** The comments on their own lines before the token, in order. */
  List<Comment> leading(Token token) {
    return leading.getOrDefault(token, List.of());
  }

  /** The comment at the end of the token's line, if the token has one. */
  Optional<String> trailing(Token token) {
    return Optional.ofNullable(trailing.get(token));
  }

  /** Whether the file had a blank line right before the token (after its leading comments). */
  boolean blankBefore(Token token) {
    return blankBefore.getOrDefault(token, false);
  }

  /** Whether the token started a line in the file (after other tokens or comments). */
  boolean startsLine(Token token) {
    return startsLine.getOrDefault(token, false);
  }

  static boolean isComment(Token t) {
    return t.getChannel() != Token.DEFAULT_CHANNEL;
  }

  private static String text(Token comment) {
    return comment.getText().stripTrailing();
  }

  private static List<Token> merged(List<Token> tokens, List<Token> comments) {
    List<Token> all = new ArrayList<>(tokens.size() + comments.size());
    int c = 0;
    for (Token t : tokens) {
      while (c < comments.size() && comments.get(c).getStartIndex() < t.getStartIndex()) {
        all.add(comments.get(c++));
      }
      all.add(t);
    }
    while (c < comments.size()) {
      all.add(comments.get(c++));
    }
    return all;
  }

  /**
   * How many line breaks separate two tokens: {@code \r\n}, {@code \n} and a lone {@code \r} each
   * count once.
   */
  private static int lineBreaksBetween(Token before, Token after) {
    int from = before.getStopIndex() + 1;
    int to = after.getStartIndex() - 1;
    if (to < from) {
      return 0;
    }
    String gap = after.getInputStream().getText(Interval.of(from, to));
    int breaks = 0;
    for (int i = 0; i < gap.length(); i++) {
      char ch = gap.charAt(i);
      if (ch == '\n' || (ch == '\r' && (i + 1 == gap.length() || gap.charAt(i + 1) != '\n'))) {
        breaks++;
      }
    }
    return breaks;
  }
}
