package io.synergy.compiler.fmt;

import io.synergy.grammar.SynergyParser.MachineDeclContext;
import io.synergy.grammar.SynergyParser.TransitionContext;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * A machine: one transition per line, in columns: the {@code ->} one space after the longest source
 * state, the action two spaces after the longest target state, {@code when} two spaces after the
 * longest action. Conditions keep their parentheses as written, with single spaces between words
 * and none inside parentheses.
 */
final class MachineLayout {
  private final Printer printer;

  MachineLayout(Printer printer) {
    this.printer = printer;
  }

  void machine(MachineDeclContext machine) {
    printer.block(
        Layout.head(machine.MACHINE(), machine.name(), machine.LIVE(), machine.LBRACE()),
        machine.RBRACE().getSymbol(),
        machine.transition().isEmpty(),
        0,
        () -> transitions(machine.transition(), Layout.INDENT));
  }

  private void transitions(List<TransitionContext> transitions, int indent) {
    Columns columns = Columns.of(transitions, indent);
    for (TransitionContext t : transitions) {
      List<Piece> pieces = Spacing.pieces(t);
      align(pieces, t.ARROW().getSymbol(), columns.arrow());
      align(pieces, t.action() == null ? null : t.action().getStart(), columns.action());
      align(pieces, t.WHEN() == null ? null : t.WHEN().getSymbol(), columns.when());
      printer.line(pieces, indent, indent + Layout.INDENT);
    }
  }

  private static void align(List<Piece> pieces, Token token, int column) {
    for (int i = 0; i < pieces.size(); i++) {
      if (pieces.get(i).token() == token) {
        pieces.set(i, pieces.get(i).atColumn(column));
      }
    }
  }

  /** Where the arrow, the action and {@code when} go in every transition of a machine. */
  private record Columns(int arrow, int action, int when) {
    static Columns of(List<TransitionContext> transitions, int indent) {
      int from = transitions.stream().mapToInt(t -> Layout.width(t.from)).max().orElse(0);
      int to = transitions.stream().mapToInt(t -> Layout.width(t.to)).max().orElse(0);
      int action =
          transitions.stream()
              .filter(t -> t.action() != null)
              .mapToInt(t -> Layout.width(t.action()))
              .max()
              .orElse(-2);
      int arrow = indent + from + 1;
      int actionColumn = arrow + "-> ".length() + to + 2;
      return new Columns(arrow, actionColumn, actionColumn + action + 2);
    }
  }
}
