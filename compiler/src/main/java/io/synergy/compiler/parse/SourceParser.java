package io.synergy.compiler.parse;

import io.synergy.compiler.ast.Decl;
import io.synergy.compiler.ast.Header;
import io.synergy.compiler.ast.Name;
import io.synergy.compiler.ast.PlanFile;
import io.synergy.compiler.diag.Code;
import io.synergy.compiler.diag.Diagnostic;
import io.synergy.compiler.diag.Diagnostics;
import io.synergy.compiler.diag.SourceFile;
import io.synergy.compiler.diag.Span;
import io.synergy.compiler.diag.Suggestions;
import io.synergy.grammar.SynergyLexer;
import io.synergy.grammar.SynergyParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Parses one file into an AST. The parser stops at the first error inside a declaration (ANTLR's
 * bail strategy), reports it in words a user knows, skips to the next declaration and goes on, so
 * one run reports every independent syntax error without cascades. The parse tree leaves this
 * package only as a {@link SyntaxTree}, for the formatter.
 */
public final class SourceParser {
  private static final List<String> DECLARATION_KEYWORDS =
      List.of("process", "freerun", "tree", "machine", "settings");

  private final Diagnostics diagnostics;

  public SourceParser(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  public PlanFile parse(SourceFile source) {
    Tokens tokens = Tokens.lex(source, diagnostics);
    CommonTokenStream stream =
        new CommonTokenStream(new ListTokenSource(tokens.significant(), source.path()));
    stream.fill();
    SynergyParser parser = new SynergyParser(stream);
    parser.removeErrorListeners();
    parser.setErrorHandler(new BailErrorStrategy());
    parser.getInterpreter().setPredictionMode(PredictionMode.LL);
    parser.addParseListener(new NestingLimit());
    AstBuilder builder = new AstBuilder(source, diagnostics);
    SyntaxErrors errors = new SyntaxErrors(source, tokens, diagnostics);

    Optional<Header> header = Optional.empty();
    List<Decl> decls = new ArrayList<>();
    List<PlanFile.Unparsed> unparsed = new ArrayList<>();
    if (stream.LA(1) == SynergyLexer.SYNERGY) {
      header = parseHeader(parser, stream, builder, errors);
    }
    while (stream.LA(1) != Token.EOF) {
      if (isHeader(stream, 1)) {
        Token misplaced = stream.LT(1);
        diagnostics.report(
            Diagnostic.of(
                    Code.SYN001,
                    errors.span(misplaced),
                    "the `synergy` header must come first in the file")
                .label("not at the start of the file")
                .help(
                    "move `synergy "
                        + Tokens.printable(stream.LT(2).getText())
                        + "` to the top of the file"));
        stream.seek(stream.index() + 2);
        continue;
      }
      int start = stream.index();
      try {
        decls.add(builder.declaration(parser.declaration()));
      } catch (ParseCancellationException e) {
        RecognitionException cause = (RecognitionException) e.getCause();
        errors.report(parser, cause);
        builder.salvage((ParserRuleContext) cause.getCtx());
        unparsedName(stream, start, source).ifPresent(unparsed::add);
        resync(stream, start);
      } catch (StackOverflowError e) {
        diagnostics.report(tooDeep(errors.span(stream.get(start))));
        resync(stream, start);
      } catch (NestingLimit.TooDeep e) {
        diagnostics.report(
            Diagnostic.of(Code.SYN001, errors.span(e.token()), e.getMessage())
                .label("too deep")
                .help("simplify this declaration; a plan needs a few levels at most"));
        resync(stream, start);
      }
    }
    return new PlanFile(source, header, decls, unparsed);
  }

  /**
   * The concrete syntax of a file, for tools that rewrite it. Empty when the file has a syntax
   * error (any error of the SYN0xx block: unexpected tokens, stray characters, malformed literals,
   * unterminated strings, an unsupported version); those errors are reported. Other diagnostics are
   * not: the file is not checked.
   */
  public Optional<SyntaxTree> syntaxTree(SourceFile source) {
    Diagnostics all = new Diagnostics();
    new SourceParser(all).parse(source);
    List<Diagnostic> syntax =
        all.sorted(List.of(source.path())).diagnostics().stream()
            .filter(d -> d.code().isSyntax())
            .toList();
    syntax.forEach(diagnostics::report);
    if (!syntax.isEmpty()) {
      return Optional.empty();
    }
    Tokens tokens = Tokens.lex(source, new Diagnostics());
    CommonTokenStream stream =
        new CommonTokenStream(new ListTokenSource(tokens.significant(), source.path()));
    stream.fill();
    SynergyParser parser = new SynergyParser(stream);
    parser.removeErrorListeners();
    parser.setErrorHandler(new BailErrorStrategy());
    parser.getInterpreter().setPredictionMode(PredictionMode.LL);
    try {
      return Optional.of(
          new SyntaxTree(source, parser.file(), stream.getTokens(), tokens.comments()));
    } catch (ParseCancellationException e) {
      throw new IllegalStateException(
          "a file that parses declaration by declaration does not parse whole", e);
    }
  }

  /**
   * A declaration nested so deeply (thousands of parentheses, `not`s or `and`s) that parsing it
   * overflowed the stack: one diagnostic on its first token instead of a crash.
   */
  private static Diagnostic.Builder tooDeep(Span first) {
    return Diagnostic.of(Code.SYN001, first, "declaration nested too deeply to parse")
        .label("the declaration starts here")
        .help("simplify it: fewer nested parentheses or `not`s, shorter chains of `and` and `or`");
  }

  private Optional<Header> parseHeader(
      SynergyParser parser, CommonTokenStream stream, AstBuilder builder, SyntaxErrors errors) {
    int start = stream.index();
    try {
      SynergyParser.HeaderContext ctx = parser.header();
      String version = ctx.version.getText();
      if (!version.matches("0*1")) {
        // Any other version, however written (`2`, `1.0`, `99999999999`), is one this compiler
        // does not read: SYN004, not a malformed number.
        diagnostics.report(
            Diagnostic.of(
                    Code.SYN004,
                    errors.span(ctx.version),
                    "unsupported language version `" + Tokens.printable(version) + "`")
                .label("this compiler reads version 1")
                .help("write `synergy 1`, or leave the header out"));
        return Optional.empty();
      }
      return Optional.of(builder.header(ctx));
    } catch (ParseCancellationException e) {
      errors.report(parser, (RecognitionException) e.getCause());
      resync(stream, start);
    }
    return Optional.empty();
  }

  /**
   * The keyword and name of a declaration that failed to parse, when its first two tokens are
   * those.
   */
  private static Optional<PlanFile.Unparsed> unparsedName(
      CommonTokenStream stream, int start, SourceFile source) {
    Token keyword = stream.get(start);
    int type = keyword.getType();
    boolean declares =
        type == SynergyLexer.PROCESS
            || type == SynergyLexer.FREERUN
            || type == SynergyLexer.TREE
            || type == SynergyLexer.MACHINE;
    if (!declares || start + 1 >= stream.size() || !isName(stream.get(start + 1).getType())) {
      return Optional.empty();
    }
    Token name = stream.get(start + 1);
    return Optional.of(
        new PlanFile.Unparsed(keyword.getText(), new Name(name.getText(), span(source, name))));
  }

  private static boolean isHeader(CommonTokenStream stream, int k) {
    return stream.LA(k) == SynergyLexer.SYNERGY && stream.LA(k + 1) == SynergyLexer.NUMLIT;
  }

  /** Skips to the next token that starts a declaration, at least one token past {@code start}. */
  private static void resync(CommonTokenStream stream, int start) {
    int i = Math.max(stream.index(), start + 1);
    stream.seek(i);
    while (stream.LA(1) != Token.EOF && !startsDeclaration(stream)) {
      stream.consume();
    }
  }

  /**
   * A declaration keyword followed by what must follow it; keywords can be names, so the keyword
   * alone is not enough.
   */
  static boolean startsDeclaration(CommonTokenStream stream) {
    switch (stream.LA(1)) {
      case SynergyLexer.SETTINGS:
        return stream.LA(2) == SynergyLexer.LBRACE;
      case SynergyLexer.PROCESS:
      case SynergyLexer.FREERUN:
      case SynergyLexer.TREE:
        return isName(stream.LA(2)) && stream.LA(3) == SynergyLexer.LBRACE;
      case SynergyLexer.MACHINE:
        return isName(stream.LA(2))
            && (stream.LA(3) == SynergyLexer.LBRACE
                || (stream.LA(3) == SynergyLexer.LIVE && stream.LA(4) == SynergyLexer.LBRACE));
      case SynergyLexer.SYNERGY:
        return stream.LA(2) == SynergyLexer.NUMLIT;
      case SynergyLexer.IDENT:
        // A misspelled declaration keyword (`proces a {`, `setings {`) starts a declaration too,
        // so that it is reported with a "did you mean" rather than skipped with the one before.
        return Suggestions.nearest(stream.LT(1).getText(), DECLARATION_KEYWORDS).isPresent()
            && (stream.LA(2) == SynergyLexer.LBRACE
                || (isName(stream.LA(2)) && stream.LA(3) == SynergyLexer.LBRACE));
      default:
        return false;
    }
  }

  static boolean isName(int type) {
    return type == SynergyLexer.IDENT || Tokens.isKeyword(type);
  }

  /** The span of a token; at end of input, the last code point of the file. */
  static Span span(SourceFile source, Token token) {
    if (token.getType() == Token.EOF) {
      return source.endSpan();
    }
    int column = token.getCharPositionInLine() + 1;
    String text = token.getText();
    return new Span(
        source.path(),
        token.getLine(),
        column,
        token.getLine(),
        column + Math.max(1, text.codePointCount(0, text.length())));
  }
}
