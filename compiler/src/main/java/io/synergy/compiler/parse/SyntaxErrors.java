package io.synergy.compiler.parse;

import io.synergy.compiler.diag.Code;
import io.synergy.compiler.diag.Diagnostic;
import io.synergy.compiler.diag.Diagnostics;
import io.synergy.compiler.diag.SourceFile;
import io.synergy.compiler.diag.Span;
import io.synergy.compiler.diag.Suggestions;
import io.synergy.grammar.SynergyLexer;
import io.synergy.grammar.SynergyParser;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Turns the parser's first error in a declaration into a SYN001 diagnostic that names what was
 * expected in the words of the language ("expected `}` to close `process b`"), never ANTLR's token
 * names.
 */
final class SyntaxErrors {
  private static final Set<Integer> DURATION_AFTER =
      Set.of(
          SynergyLexer.TIMEOUT,
          SynergyLexer.DISCRETE_LAG,
          SynergyLexer.EVERY,
          SynergyLexer.BACKOFF,
          SynergyLexer.RESUBMIT_AFTER,
          SynergyLexer.RELEASE_LAG,
          SynergyLexer.LIFE_SUPPORT,
          SynergyLexer.MINUS);

  /** In a machine, the keywords that a condition must follow. */
  private static final Set<Integer> BEFORE_CONDITION =
      Set.of(SynergyLexer.WHEN, SynergyLexer.AND, SynergyLexer.OR, SynergyLexer.NOT);

  private final SourceFile source;
  private final Tokens tokens;
  private final Diagnostics diagnostics;

  SyntaxErrors(SourceFile source, Tokens tokens, Diagnostics diagnostics) {
    this.source = source;
    this.tokens = tokens;
    this.diagnostics = diagnostics;
  }

  Span span(Token token) {
    return SourceParser.span(source, token);
  }

  /**
   * Reports the parser's error, unless a repair of the lexer (a stray character, an unterminated
   * string) already explains it.
   */
  void report(SynergyParser parser, RecognitionException e) {
    Token found = e.getOffendingToken() != null ? e.getOffendingToken() : parser.getCurrentToken();
    ParserRuleContext ctx = (ParserRuleContext) e.getCtx();
    IntervalSet expected = expected(parser, e);
    Token previous =
        found.getTokenIndex() > 0 ? parser.getTokenStream().get(found.getTokenIndex() - 1) : null;
    OpenBlock open = OpenBlock.innermost(ctx);
    boolean missingBrace =
        open != null && (found.getType() == Token.EOF || startsDeclarationAt(parser, found));
    if (tokens.explains(previous, found, missingBrace)) {
      return;
    }
    Diagnostic.Builder d;
    if (missingBrace) {
      d =
          Diagnostic.of(Code.SYN001, span(found), "expected `}` to close " + open.title())
              .label(
                  found.getType() == Token.EOF ? "the file ends here" : "found " + describe(found))
              .secondary(span(open.brace()), "unclosed `{`");
    } else if (ctx instanceof SynergyParser.DeclarationContext
        || ctx instanceof SynergyParser.FileContext) {
      d =
          Diagnostic.of(
                  Code.SYN001,
                  span(found),
                  "expected a declaration (`process`, `freerun`, `tree`, `machine` or `settings`), found "
                      + describe(found))
              .label(
                  found.getType() == SynergyLexer.RBRACE
                      ? "this `}` closes no block"
                      : "not a declaration");
      suggest(d, found, expected);
    } else {
      String what = expectedWords(ctx, expected, previous);
      boolean continues = continuedByValue(ctx, previous);
      boolean named =
          previous != null && (Tokens.isKeyword(previous.getType()) || namesAfter(ctx, previous));
      // In a block, the token before is usually the end of the attribute before: not worth naming.
      String after =
          named && (!isBlock(ctx) || continues) ? " after `" + previous.getText() + "`" : "";
      d =
          Diagnostic.of(
                  Code.SYN001,
                  span(found),
                  "expected " + what + after + ", found " + describe(found))
              .label("unexpected " + describe(found));
      Token paren = unclosedParen(ctx);
      if (paren != null && expected.contains(SynergyLexer.RPAREN)) {
        d.secondary(span(paren), "this `(` is not closed");
      } else if (open != null
          && expected.contains(SynergyLexer.RBRACE)
          && isBlock(ctx)
          && !continues
          && open.brace().getLine() != found.getLine()) {
        d.secondary(span(open.brace()), open.title() + " opened here");
      }
      suggest(d, found, expected);
    }
    diagnostics.report(d);
  }

  /**
   * Whether the token before the error must be followed by a value that is missing, although the
   * grammar did not fail there: an empty `at` list parses (the checker reports it), and after
   * `when` or `and` a missing condition looks like a transition from a state named `when` or `and`,
   * since keywords are names.
   */
  private static boolean continuedByValue(ParserRuleContext ctx, Token previous) {
    if (previous == null) {
      return false;
    }
    if (previous.getType() == SynergyLexer.AT) {
      return ctx instanceof SynergyParser.ProcessDeclContext
          || ctx instanceof SynergyParser.FreerunDeclContext
          || ctx instanceof SynergyParser.SettingsDeclContext;
    }
    if (!BEFORE_CONDITION.contains(previous.getType())) {
      return false;
    }
    for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
      if (c instanceof SynergyParser.MachineDeclContext) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the error names the token before it although it is no keyword: the `,` of a tree's
   * list, the name of an argument.
   */
  private static boolean namesAfter(ParserRuleContext ctx, Token previous) {
    return ctx instanceof SynergyParser.ArgEntryContext
        || (tree(ctx) != null && previous.getType() == SynergyLexer.COMMA);
  }

  /** The tree declaration whose list the error is in, if it is in one. */
  private static SynergyParser.TreeDeclContext tree(ParserRuleContext ctx) {
    for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
      if (c instanceof SynergyParser.TreeDeclContext t) {
        return t.LBRACE() == null ? null : t;
      }
      if (!(c instanceof SynergyParser.NameContext || c instanceof SynergyParser.IdentContext)) {
        return null;
      }
    }
    return null;
  }

  /** The `(` of the innermost parenthesised condition that is not closed yet, if any. */
  private static Token unclosedParen(ParserRuleContext ctx) {
    for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
      if (c instanceof SynergyParser.ParenConditionContext p && p.RPAREN() == null) {
        return p.LPAREN().getSymbol();
      }
    }
    return null;
  }

  private static IntervalSet expected(SynergyParser parser, RecognitionException e) {
    try {
      IntervalSet set = e.getExpectedTokens();
      return set == null ? new IntervalSet() : set;
    } catch (IllegalArgumentException | IllegalStateException ex) {
      return parser.getExpectedTokens();
    }
  }

  private static boolean startsDeclarationAt(SynergyParser parser, Token found) {
    var stream = (org.antlr.v4.runtime.CommonTokenStream) parser.getTokenStream();
    int here = stream.index();
    try {
      stream.seek(found.getTokenIndex());
      return SourceParser.startsDeclaration(stream);
    } finally {
      stream.seek(here);
    }
  }

  private static boolean isBlock(ParserRuleContext ctx) {
    return ctx instanceof SynergyParser.ProcessDeclContext
        || ctx instanceof SynergyParser.FreerunDeclContext
        || ctx instanceof SynergyParser.SettingsDeclContext
        || ctx instanceof SynergyParser.GcAttrContext
        || ctx instanceof SynergyParser.ArgsAttrContext
        || ctx instanceof SynergyParser.MachineDeclContext
        || ctx instanceof SynergyParser.TreeDeclContext;
  }

  /** What the parser wanted, in words. */
  private static String expectedWords(ParserRuleContext ctx, IntervalSet expected, Token previous) {
    if (continuedByValue(ctx, previous)) {
      return previous.getType() == SynergyLexer.AT
          ? "a time of day such as `06:00` or `Mon-Fri 06:00`"
          : "a condition (`live`, `past`, `finalizable`, `uow STATE`, `not`, `(`)";
    }
    SynergyParser.TreeDeclContext tree = tree(ctx);
    if (tree != null && !expected.contains(SynergyLexer.RBRACE)) {
      return tree.DEPENDS_ON() == null ? "a process name" : "a tree name";
    }
    if (ctx instanceof SynergyParser.TreeDeclContext t && expected.contains(SynergyLexer.RBRACE)) {
      if (!t.deps.isEmpty()) {
        return "`,` or `}`";
      }
      return t.members.isEmpty()
          ? "a process name, `depends_on` or `}`"
          : "`,`, `depends_on` or `}`";
    }
    if (ctx instanceof SynergyParser.MachineDeclContext && expected.contains(SynergyLexer.RBRACE)) {
      return "a transition `FROM -> TO` or `}`";
    }
    if (ctx instanceof SynergyParser.ArgsAttrContext && expected.contains(SynergyLexer.RBRACE)) {
      return "an argument `name = \"value\"` or `}`";
    }
    if (isBlock(ctx)
        && !(ctx instanceof SynergyParser.TreeDeclContext)
        && expected.contains(SynergyLexer.RBRACE)) {
      return "an attribute or `}`";
    }
    if (ctx instanceof SynergyParser.ConditionContext && expected.contains(SynergyLexer.UOW)) {
      return "a condition (`live`, `past`, `finalizable`, `uow STATE`, `not`, `(`)";
    }
    if (ctx instanceof SynergyParser.StartAttrContext) {
      return "a date such as `2026-12-01` or a negative duration such as `-2d`";
    }
    Set<String> words = new LinkedHashSet<>();
    boolean names = expected.contains(SynergyLexer.IDENT);
    if (names) {
      words.add("a name");
    }
    for (int type : expected.toList()) {
      if (type == SynergyLexer.IDENT || (names && Tokens.isKeyword(type))) {
        continue;
      }
      words.add(word(type, previous));
    }
    return join(new ArrayList<>(words));
  }

  private static String word(int type, Token previous) {
    int prev = previous == null ? -1 : previous.getType();
    switch (type) {
      case Token.EOF:
        return "end of file";
      case SynergyLexer.NUMLIT:
        if (prev == SynergyLexer.SYNERGY) {
          return "a version number such as `1`";
        }
        return DURATION_AFTER.contains(prev) ? "a duration such as `30s`" : "a number";
      case SynergyLexer.STRING:
        return stringWord(prev);
      case SynergyLexer.DATE:
        return "a date such as `2026-12-01`";
      case SynergyLexer.TIME:
        return "a time of day such as `06:00`";
      default:
        String literal = SynergyLexer.VOCABULARY.getLiteralName(type);
        return literal == null
            ? SynergyLexer.VOCABULARY.getDisplayName(type)
            : "`" + literal.substring(1, literal.length() - 1) + "`";
    }
  }

  private static String stringWord(int prev) {
    switch (prev) {
      case SynergyLexer.RUN:
        return "the command as strings, such as `\"bin/job\" \"{period}\"`";
      case SynergyLexer.BOXES:
        return "a regex string such as `\"prod-[0-9]+\"`";
      case SynergyLexer.TIMEZONE:
      case SynergyLexer.IN:
        return "a time zone string such as `\"Europe/Berlin\"`";
      case SynergyLexer.CRON:
        return "a cron expression string such as `\"0 30 2 * * ?\"`";
      default:
        return "a string";
    }
  }

  private static String join(List<String> words) {
    if (words.isEmpty()) {
      return "something else";
    }
    if (words.size() == 1) {
      return words.get(0);
    }
    return String.join(", ", words.subList(0, words.size() - 1))
        + " or "
        + words.get(words.size() - 1);
  }

  /** How a found token is named in a message. */
  static String describe(Token token) {
    switch (token.getType()) {
      case Token.EOF:
        return "end of file";
      case SynergyLexer.STRING:
        return "string `" + Tokens.printable(token.getText()) + "`";
      default:
        return "`" + Tokens.printable(token.getText()) + "`";
    }
  }

  /**
   * "Did you mean" among the keywords the parser would have accepted, when it did not want just any
   * name.
   */
  private static void suggest(Diagnostic.Builder d, Token found, IntervalSet expected) {
    if (expected.contains(SynergyLexer.IDENT) || !SourceParser.isName(found.getType())) {
      return;
    }
    List<String> keywords = new ArrayList<>();
    for (int type : expected.toList()) {
      if (Tokens.isKeyword(type)) {
        String literal = SynergyLexer.VOCABULARY.getLiteralName(type);
        keywords.add(literal.substring(1, literal.length() - 1));
      }
    }
    Suggestions.nearest(found.getText(), keywords)
        .ifPresent(k -> d.help("did you mean `" + k + "`?"));
  }

  /** The innermost block whose `{` was matched and whose `}` was not. */
  private record OpenBlock(String title, Token brace) {
    static OpenBlock innermost(ParserRuleContext ctx) {
      for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
        Token brace = child(c, SynergyLexer.LBRACE);
        if (brace != null && child(c, SynergyLexer.RBRACE) == null) {
          return new OpenBlock(title(c), brace);
        }
      }
      return null;
    }

    private static Token child(ParserRuleContext c, int type) {
      if (c.children == null) {
        return null;
      }
      for (ParseTree child : c.children) {
        if (child instanceof TerminalNode t && t.getSymbol().getType() == type) {
          return t.getSymbol();
        }
      }
      return null;
    }

    private static String title(ParserRuleContext c) {
      if (c instanceof SynergyParser.ProcessDeclContext p) {
        return "`process " + p.name().getText() + "`";
      }
      if (c instanceof SynergyParser.FreerunDeclContext f) {
        return "`freerun " + f.name().getText() + "`";
      }
      if (c instanceof SynergyParser.TreeDeclContext t) {
        return "`tree " + t.declared.getText() + "`";
      }
      if (c instanceof SynergyParser.MachineDeclContext m) {
        return "`machine " + m.name().getText() + "`";
      }
      if (c instanceof SynergyParser.GcAttrContext) {
        return "`gc`";
      }
      if (c instanceof SynergyParser.ArgsAttrContext) {
        return "`args`";
      }
      return "`settings`";
    }
  }
}
