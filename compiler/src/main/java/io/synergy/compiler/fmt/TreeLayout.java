package io.synergy.compiler.fmt;

import io.synergy.grammar.SynergyLexer;
import io.synergy.grammar.SynergyParser.TreeDeclContext;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * A tree on one line, {@code tree site { a, b, c depends_on x }}, when it fits in {@link
 * Printer#WIDTH} columns and holds no comment; otherwise one member per line and the {@code
 * depends_on} list on a line of its own.
 */
final class TreeLayout {
  private final Printer printer;

  TreeLayout(Printer printer) {
    this.printer = printer;
  }

  void tree(TreeDeclContext tree) {
    List<Piece> line = oneLine(tree);
    if (!hasCommentsInside(line) && Spacing.width(line) <= Printer.WIDTH) {
      printer.line(line, 0, Layout.INDENT);
      return;
    }
    printer.block(
        Layout.head(tree.TREE(), tree.declared, tree.LBRACE()),
        tree.RBRACE().getSymbol(),
        tree.members.isEmpty() && tree.deps.isEmpty(),
        0,
        () -> members(tree));
  }

  /**
   * The tree on one line, with no soft breaks: single spaces, two before {@code depends_on} after
   * the members.
   */
  private static List<Piece> oneLine(TreeDeclContext tree) {
    List<Piece> pieces = Spacing.pieces(tree);
    for (int i = 0; i < pieces.size(); i++) {
      Piece p = pieces.get(i);
      boolean wide = p.token().getType() == SynergyLexer.DEPENDS_ON && !tree.members.isEmpty();
      pieces.set(i, Piece.gap(p.token(), wide ? 2 : p.gap()));
    }
    return pieces;
  }

  /**
   * Whether a comment sits between the first and the last token: one on its own line before a later
   * token, or one at the end of the line of an earlier token.
   */
  private boolean hasCommentsInside(List<Piece> pieces) {
    Trivia trivia = printer.trivia();
    for (int i = 0; i < pieces.size(); i++) {
      if ((i > 0 && !trivia.leading(pieces.get(i).token()).isEmpty())
          || (i < pieces.size() - 1 && trivia.trailing(pieces.get(i).token()).isPresent())) {
        return true;
      }
    }
    return false;
  }

  /** One member per line, each with its comma, then {@code depends_on} and its list. */
  private void members(TreeDeclContext tree) {
    List<TerminalNode> inside = inside(tree);
    List<TerminalNode> item = new ArrayList<>();
    for (int i = 0; i < inside.size(); i++) {
      TerminalNode node = inside.get(i);
      if (node.getSymbol().getType() == SynergyLexer.DEPENDS_ON) {
        print(item);
        item.addAll(inside.subList(i, inside.size()));
        break;
      }
      item.add(node);
      if (node.getSymbol().getType() == SynergyLexer.COMMA) {
        print(item);
      }
    }
    print(item);
  }

  /** The tokens between the braces. */
  private static List<TerminalNode> inside(TreeDeclContext tree) {
    List<TerminalNode> all = Spacing.terminals(tree);
    return all.subList(all.indexOf(tree.LBRACE()) + 1, all.size() - 1);
  }

  private void print(List<TerminalNode> item) {
    if (!item.isEmpty()) {
      printer.line(Spacing.pieces(item), Layout.INDENT, 2 * Layout.INDENT);
      item.clear();
    }
  }
}
