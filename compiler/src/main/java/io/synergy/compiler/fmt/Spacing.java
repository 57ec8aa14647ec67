package io.synergy.compiler.fmt;

import io.synergy.grammar.SynergyLexer;
import io.synergy.grammar.SynergyParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * The spaces between the tokens of one line: one space, except none before `,` and `)`, after `(`
 * and `-`, around the `-` of a day range, and inside an empty `{}`. Soft breaks (where a long line
 * may break) follow each `,` and separate the strings of `run`.
 */
final class Spacing {
  private Spacing() {}

  /** The tokens under a node, in order, without the end of file. */
  static List<TerminalNode> terminals(ParseTree tree) {
    List<TerminalNode> out = new ArrayList<>();
    collect(tree, out);
    return out;
  }

  private static void collect(ParseTree tree, List<TerminalNode> out) {
    if (tree instanceof TerminalNode t) {
      if (t.getSymbol().getType() != Token.EOF) {
        out.add(t);
      }
      return;
    }
    for (int i = 0; i < tree.getChildCount(); i++) {
      collect(tree.getChild(i), out);
    }
  }

  /** The pieces of a line made of these tokens. */
  static List<Piece> pieces(List<TerminalNode> nodes) {
    List<Piece> pieces = new ArrayList<>(nodes.size());
    for (int i = 0; i < nodes.size(); i++) {
      Token token = nodes.get(i).getSymbol();
      if (i == 0) {
        pieces.add(Piece.first(token));
      } else {
        TerminalNode previous = nodes.get(i - 1);
        pieces.add(
            new Piece(
                token, gap(previous, nodes.get(i)), Piece.NONE, soft(previous, nodes.get(i))));
      }
    }
    return pieces;
  }

  static List<Piece> pieces(ParseTree tree) {
    return pieces(terminals(tree));
  }

  private static int gap(TerminalNode previous, TerminalNode node) {
    int before = previous.getSymbol().getType();
    int type = node.getSymbol().getType();
    boolean glued =
        type == SynergyLexer.COMMA
            || type == SynergyLexer.RPAREN
            || before == SynergyLexer.LPAREN
            || before == SynergyLexer.MINUS
            || (type == SynergyLexer.MINUS && node.getParent() instanceof SynergyParser.DaysContext)
            || (type == SynergyLexer.RBRACE && before == SynergyLexer.LBRACE);
    return glued ? 0 : 1;
  }

  private static boolean soft(TerminalNode previous, TerminalNode node) {
    int before = previous.getSymbol().getType();
    return before == SynergyLexer.COMMA
        || (before == SynergyLexer.STRING
            && node.getSymbol().getType() == SynergyLexer.STRING
            && node.getParent() instanceof SynergyParser.RunAttrContext);
  }

  /** The width of a line made of these pieces, if nothing breaks it. */
  static int width(List<Piece> pieces) {
    int width = 0;
    for (int i = 0; i < pieces.size(); i++) {
      width += (i == 0 ? 0 : pieces.get(i).gap()) + pieces.get(i).width();
    }
    return width;
  }
}
