package io.synergy.compiler.fmt;

import io.synergy.grammar.SynergyParser;
import io.synergy.grammar.SynergyParser.AttributeContext;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * The canonical layout of a file (docs/language.md, "Formatting"), walked over its parse tree: the
 * header, then each declaration in the order written, one blank line apart; blocks with one
 * attribute per line, indented four spaces, values aligned in a column two spaces after the block's
 * longest attribute name. Trees and machines have layouts of their own.
 */
final class Layout {
  /** Spaces per level of nesting. */
  static final int INDENT = 4;

  private final Printer printer;
  private final TreeLayout trees;
  private final MachineLayout machines;

  Layout(Printer printer) {
    this.printer = printer;
    this.trees = new TreeLayout(printer);
    this.machines = new MachineLayout(printer);
  }

  void file(SynergyParser.FileContext file) {
    if (file.header() != null) {
      printer.line(Spacing.pieces(file.header()), 0, INDENT);
    }
    for (SynergyParser.DeclarationContext declaration : file.declaration()) {
      printer.blankLine();
      declaration(declaration);
    }
    printer.comments(printer.trivia().leading(file.EOF().getSymbol()), 0);
  }

  private void declaration(SynergyParser.DeclarationContext d) {
    if (d.settingsDecl() != null) {
      var s = d.settingsDecl();
      attributeBlock(head(s.SETTINGS(), s.LBRACE()), s.attribute(), s.RBRACE(), 0);
    } else if (d.processDecl() != null) {
      var p = d.processDecl();
      attributeBlock(head(p.PROCESS(), p.name(), p.LBRACE()), p.attribute(), p.RBRACE(), 0);
    } else if (d.freerunDecl() != null) {
      var f = d.freerunDecl();
      attributeBlock(head(f.FREERUN(), f.name(), f.LBRACE()), f.attribute(), f.RBRACE(), 0);
    } else if (d.treeDecl() != null) {
      trees.tree(d.treeDecl());
    } else {
      machines.machine(d.machineDecl());
    }
  }

  /** The pieces of a block's head: its keyword, name and so on, up to its `{`. */
  static List<Piece> head(ParseTree... parts) {
    List<TerminalNode> nodes = new ArrayList<>();
    for (var part : parts) {
      if (part != null) {
        nodes.addAll(Spacing.terminals(part));
      }
    }
    return Spacing.pieces(nodes);
  }

  private void attributeBlock(
      List<Piece> head, List<AttributeContext> attributes, TerminalNode rbrace, int indent) {
    printer.block(
        head,
        rbrace.getSymbol(),
        attributes.isEmpty(),
        indent,
        () -> attributes(attributes, indent + INDENT));
  }

  private void attributes(List<AttributeContext> attributes, int indent) {
    int valueColumn = indent + nameWidth(attributes) + 2;
    for (AttributeContext a : attributes) {
      if (a instanceof SynergyParser.GcAttrContext gc) {
        attributeBlock(head(gc.GC(), gc.LBRACE()), gc.attribute(), gc.RBRACE(), indent);
      } else if (a instanceof SynergyParser.ArgsAttrContext args) {
        printer.block(
            head(args.ARGS(), args.LBRACE()),
            args.RBRACE().getSymbol(),
            args.argEntry().isEmpty(),
            indent,
            () -> arguments(args.argEntry(), indent + INDENT));
      } else {
        attribute(a, indent, valueColumn);
      }
    }
  }

  /** One attribute on its line: its name, then its value at the block's value column. */
  private void attribute(AttributeContext a, int indent, int valueColumn) {
    List<Piece> pieces = Spacing.pieces(a);
    if (pieces.size() > 1) {
      pieces.set(1, pieces.get(1).atColumn(valueColumn));
    }
    printer.line(pieces, indent, valueColumn);
  }

  /** The width of the longest attribute name among those with a value on their line. */
  private static int nameWidth(List<AttributeContext> attributes) {
    return attributes.stream()
        .filter(a -> !(a instanceof SynergyParser.GcAttrContext))
        .filter(a -> !(a instanceof SynergyParser.ArgsAttrContext))
        .mapToInt(a -> Piece.width(a.getStart()))
        .max()
        .orElse(0);
  }

  /** The entries of `args`, one per line, their `=` aligned one space after the longest name. */
  private void arguments(List<SynergyParser.ArgEntryContext> entries, int indent) {
    int equalsColumn = indent + entries.stream().mapToInt(e -> width(e.name())).max().orElse(0) + 1;
    for (SynergyParser.ArgEntryContext e : entries) {
      List<Piece> pieces = Spacing.pieces(e);
      int equals = pieces.size() - 2;
      pieces.set(equals, pieces.get(equals).atColumn(equalsColumn));
      printer.line(pieces, indent, indent + INDENT);
    }
  }

  static int width(ParserRuleContext ctx) {
    return Spacing.width(Spacing.pieces(ctx));
  }
}
