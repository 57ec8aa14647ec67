package io.synergy.compiler.parse;

import io.synergy.compiler.ast.Action;
import io.synergy.compiler.ast.Attribute;
import io.synergy.compiler.ast.Condition;
import io.synergy.compiler.ast.Decl;
import io.synergy.compiler.ast.DurationLit;
import io.synergy.compiler.ast.Header;
import io.synergy.compiler.ast.MachineDecl;
import io.synergy.compiler.ast.Name;
import io.synergy.compiler.ast.ProcessDecl;
import io.synergy.compiler.ast.ProcessKind;
import io.synergy.compiler.ast.SettingsDecl;
import io.synergy.compiler.ast.StringLit;
import io.synergy.compiler.ast.Transition;
import io.synergy.compiler.ast.TreeDecl;
import io.synergy.compiler.ast.Trigger;
import io.synergy.compiler.ast.Value;
import io.synergy.compiler.diag.Diagnostics;
import io.synergy.compiler.diag.SourceFile;
import io.synergy.compiler.diag.Span;
import io.synergy.grammar.SynergyParser;
import io.synergy.grammar.SynergyParser.AttributeContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Turns a declaration's parse tree into AST records with exact spans. */
final class AstBuilder {
  private final SourceFile source;
  private final Literals literals;

  AstBuilder(SourceFile source, Diagnostics diagnostics) {
    this.source = source;
    this.literals = new Literals(diagnostics);
  }

  Header header(SynergyParser.HeaderContext ctx) {
    return new Header(literals.integer(ctx.version.getText(), span(ctx.version)), span(ctx));
  }

  Decl declaration(SynergyParser.DeclarationContext ctx) {
    if (ctx.settingsDecl() != null) {
      var s = ctx.settingsDecl();
      return new SettingsDecl(span(s.SETTINGS()), attributes(s.attribute()), span(s));
    }
    if (ctx.processDecl() != null) {
      var p = ctx.processDecl();
      return new ProcessDecl(
          ProcessKind.MANAGED, name(p.name()), attributes(p.attribute()), span(p));
    }
    if (ctx.freerunDecl() != null) {
      var f = ctx.freerunDecl();
      return new ProcessDecl(
          ProcessKind.FREERUN, name(f.name()), attributes(f.attribute()), span(f));
    }
    if (ctx.treeDecl() != null) {
      var t = ctx.treeDecl();
      return new TreeDecl(
          name(t.declared),
          t.members.stream().map(this::name).toList(),
          t.deps.stream().map(this::name).toList(),
          span(t));
    }
    var m = ctx.machineDecl();
    return new MachineDecl(
        name(m.name()),
        m.LIVE() != null,
        m.transition().stream().map(this::transition).toList(),
        span(m));
  }

  /**
   * After a syntax error cut a declaration short, checks the literals of the attributes that were
   * read whole before it, so that their mistakes are reported in the same run. {@code failed} is
   * the innermost context of the error; the declaration is dropped either way.
   */
  void salvage(ParserRuleContext failed) {
    for (ParserRuleContext c = failed; c != null; c = c.getParent()) {
      if (c instanceof SynergyParser.SettingsDeclContext d) {
        salvage(d.attribute());
      } else if (c instanceof SynergyParser.ProcessDeclContext d) {
        salvage(d.attribute());
      } else if (c instanceof SynergyParser.FreerunDeclContext d) {
        salvage(d.attribute());
      }
    }
  }

  private void salvage(List<AttributeContext> contexts) {
    for (AttributeContext a : contexts) {
      // The bail strategy marks every context on the error's path; the others were read whole.
      if (a.exception == null) {
        attribute(a);
      } else if (a instanceof SynergyParser.GcAttrContext gc) {
        salvage(gc.attribute());
      }
    }
  }

  private List<Attribute> attributes(List<AttributeContext> contexts) {
    return contexts.stream().map(this::attribute).toList();
  }

  private Attribute attribute(AttributeContext ctx) {
    Token key = ctx.getStart();
    Value value;
    try {
      value = value(ctx);
    } catch (Literals.Malformed e) {
      value = new Value.Malformed(valueSpan(ctx));
    }
    return new Attribute(new Name(key.getText(), span(key)), value, span(ctx));
  }

  /**
   * The span of an attribute's value: everything after its name (the name itself when there is
   * nothing).
   */
  private Span valueSpan(AttributeContext ctx) {
    Token key = ctx.getStart();
    Token stop = ctx.getStop();
    if (stop == null || stop.getTokenIndex() <= key.getTokenIndex()) {
      return span(key);
    }
    var second = ctx.getChild(1);
    Token first =
        second instanceof TerminalNode t ? t.getSymbol() : ((ParserRuleContext) second).getStart();
    return span(first).to(span(stop));
  }

  private Value value(AttributeContext ctx) {
    if (ctx instanceof SynergyParser.PeriodAttrContext c) {
      return word(c.kind);
    }
    if (ctx instanceof SynergyParser.BlockingAttrContext c) {
      return word(c.kind);
    }
    if (ctx instanceof SynergyParser.EnabledAttrContext c) {
      return word(c.value);
    }
    if (ctx instanceof SynergyParser.MachineAttrContext c) {
      return new Value.Word(c.name().getText(), span(c.name()));
    }
    if (ctx instanceof SynergyParser.RunAttrContext c) {
      return strings(c.STRING());
    }
    if (ctx instanceof SynergyParser.BoxesAttrContext c) {
      return strings(c.STRING());
    }
    if (ctx instanceof SynergyParser.SourceAttrContext c) {
      return strings(List.of(c.STRING()));
    }
    if (ctx instanceof SynergyParser.SinkAttrContext c) {
      return strings(List.of(c.STRING()));
    }
    if (ctx instanceof SynergyParser.QueueAttrContext c) {
      return strings(List.of(c.STRING()));
    }
    if (ctx instanceof SynergyParser.TimezoneAttrContext c) {
      return strings(List.of(c.STRING()));
    }
    if (ctx instanceof SynergyParser.GroupAttrContext c) {
      return new Value.Int(integer(c.NUMLIT().getSymbol()));
    }
    if (ctx instanceof SynergyParser.MaxFailuresAttrContext c) {
      return new Value.Int(integer(c.NUMLIT().getSymbol()));
    }
    if (ctx instanceof SynergyParser.TimeoutAttrContext c) {
      return durationValue(c.NUMLIT());
    }
    if (ctx instanceof SynergyParser.DiscreteLagAttrContext c) {
      return durationValue(c.NUMLIT());
    }
    if (ctx instanceof SynergyParser.EveryAttrContext c) {
      return durationValue(c.NUMLIT());
    }
    if (ctx instanceof SynergyParser.ResubmitAfterAttrContext c) {
      return durationValue(c.NUMLIT());
    }
    if (ctx instanceof SynergyParser.ReleaseLagAttrContext c) {
      return durationValue(c.NUMLIT());
    }
    if (ctx instanceof SynergyParser.LifeSupportAttrContext c) {
      return durationValue(c.NUMLIT());
    }
    if (ctx instanceof SynergyParser.RetriesAttrContext c) {
      Optional<DurationLit> backoff =
          c.backoff == null ? Optional.empty() : Optional.of(duration(c.backoff));
      return new Value.Retries(integer(c.count), backoff, span(c.count).to(span(c.getStop())));
    }
    if (ctx instanceof SynergyParser.ExitAttrContext c) {
      return new Value.Exit(
          each(
              c.exitEntry(),
              e ->
                  new Value.ExitEntry(
                      e.meaning.getText(), integer(e.NUMLIT().getSymbol()), span(e))),
          span(c.exitEntry(0)).to(span(c.getStop())));
    }
    if (ctx instanceof SynergyParser.ArgsAttrContext c) {
      return new Value.Args(
          c.argEntry().stream()
              .map(a -> new Value.ArgEntry(name(a.name()), string(a.STRING().getSymbol()), span(a)))
              .toList(),
          span(c.LBRACE()).to(span(c.RBRACE())));
    }
    if (ctx instanceof SynergyParser.GcAttrContext c) {
      return new Value.Block(attributes(c.attribute()), span(c.LBRACE()).to(span(c.RBRACE())));
    }
    if (ctx instanceof SynergyParser.StartAttrContext c) {
      if (c.DATE() != null) {
        Token t = c.DATE().getSymbol();
        return new Value.Start(
            Optional.of(literals.date(t.getText(), span(t))), Optional.empty(), span(t));
      }
      Span whole = span(c.MINUS()).to(span(c.NUMLIT()));
      DurationLit d = duration(c.NUMLIT().getSymbol());
      return new Value.Start(
          Optional.empty(), Optional.of(new DurationLit(d.value(), whole)), whole);
    }
    if (ctx instanceof SynergyParser.TriggerAttrContext c) {
      return new Value.TriggerValue(trigger(c.trigger()));
    }
    var unknown = (SynergyParser.UnknownAttrContext) ctx;
    List<String> tokens =
        unknown.children.stream()
            .skip(1)
            .map(org.antlr.v4.runtime.tree.ParseTree::getText)
            .toList();
    return new Value.Generic(tokens, valueSpan(ctx));
  }

  private Trigger trigger(SynergyParser.TriggerContext ctx) {
    if (ctx instanceof SynergyParser.EveryTriggerContext c) {
      return new Trigger.Every(duration(c.NUMLIT().getSymbol()), zone(c.zone()), span(c));
    }
    if (ctx instanceof SynergyParser.CronTriggerContext c) {
      return new Trigger.Cron(string(c.STRING().getSymbol()), zone(c.zone()), span(c));
    }
    var at = (SynergyParser.AtTriggerContext) ctx;
    List<Trigger.AtTime> times = each(at.atEntry(), this::atTime);
    for (SynergyParser.AtSeparatorContext sep : at.atSeparator()) {
      if (sep.COMMA() == null) {
        literals.missingComma(span(sep.getStart()));
      }
    }
    return new Trigger.At(times, zone(at.zone()), span(at));
  }

  /** One {@code at} entry; when both its days and its time are malformed, both are reported. */
  private Trigger.AtTime atTime(SynergyParser.AtEntryContext e) {
    Optional<Trigger.DayRange> days;
    try {
      days = Optional.ofNullable(e.days()).map(this::days);
    } catch (Literals.Malformed malformed) {
      if (e.TIME() != null) {
        literals.time(e.TIME().getText(), span(e.TIME()));
      }
      throw malformed;
    }
    if (e.TIME() == null) {
      throw literals.missingTime(e.days().getText(), span(e));
    }
    return new Trigger.AtTime(days, literals.time(e.TIME().getText(), span(e.TIME())), span(e));
  }

  private Trigger.DayRange days(SynergyParser.DaysContext ctx) {
    Trigger.DayLit first;
    try {
      first = literals.day(ctx.first.getText(), span(ctx.first));
    } catch (Literals.Malformed malformed) {
      if (ctx.last != null) {
        literals.day(ctx.last.getText(), span(ctx.last));
      }
      throw malformed;
    }
    Optional<Trigger.DayLit> last =
        ctx.last == null
            ? Optional.empty()
            : Optional.of(literals.day(ctx.last.getText(), span(ctx.last)));
    return new Trigger.DayRange(first, last, span(ctx));
  }

  /**
   * Reads every item of a list, so that each malformed literal in it is reported, then fails if any
   * was.
   */
  private static <C, T> List<T> each(List<C> items, Function<C, T> read) {
    List<T> out = new ArrayList<>();
    boolean malformed = false;
    for (C item : items) {
      try {
        out.add(read.apply(item));
      } catch (Literals.Malformed e) {
        malformed = true;
      }
    }
    if (malformed) {
      throw new Literals.Malformed();
    }
    return out;
  }

  private Optional<StringLit> zone(SynergyParser.ZoneContext ctx) {
    return ctx == null ? Optional.empty() : Optional.of(string(ctx.STRING().getSymbol()));
  }

  private Transition transition(SynergyParser.TransitionContext ctx) {
    Optional<Action> action = Optional.empty();
    if (ctx.action() instanceof SynergyParser.PostActionContext p) {
      action =
          Optional.of(
              new Action(p.RANGE() == null ? Action.Kind.POST : Action.Kind.POST_RANGE, span(p)));
    } else if (ctx.action() != null) {
      action = Optional.of(new Action(Action.Kind.EXTEND, span(ctx.action())));
    }
    Optional<Condition> when = Optional.ofNullable(ctx.condition()).map(this::condition);
    return new Transition(name(ctx.from), name(ctx.to), action, when, span(ctx));
  }

  private Condition condition(SynergyParser.ConditionContext ctx) {
    return condition(ctx, 1);
  }

  /**
   * A condition {@code depth} levels deep. The parser limits nesting through {@code not} and
   * parentheses, but builds {@code a and b and c} as {@code (a and b) and c} without nesting, so a
   * long chain is stopped here, before it makes a tree too deep to walk.
   */
  private Condition condition(SynergyParser.ConditionContext ctx, int depth) {
    if (depth > NestingLimit.MAX_DEPTH) {
      throw new NestingLimit.TooDeep(
          ctx.getStart(), "condition nested more than " + NestingLimit.MAX_DEPTH + " levels deep");
    }
    int next = depth + 1;
    if (ctx instanceof SynergyParser.ParenConditionContext c) {
      return condition(c.condition(), next);
    }
    if (ctx instanceof SynergyParser.NotConditionContext c) {
      return new Condition.Not(condition(c.condition(), next), span(c));
    }
    if (ctx instanceof SynergyParser.AndConditionContext c) {
      return new Condition.And(
          condition(c.condition(0), next), condition(c.condition(1), next), span(c));
    }
    if (ctx instanceof SynergyParser.OrConditionContext c) {
      return new Condition.Or(
          condition(c.condition(0), next), condition(c.condition(1), next), span(c));
    }
    if (ctx instanceof SynergyParser.UowConditionContext c) {
      return new Condition.Uow(name(c.state), span(c));
    }
    return new Condition.Word(name(((SynergyParser.WordConditionContext) ctx).word));
  }

  private Value.Word word(Token token) {
    return new Value.Word(token.getText(), span(token));
  }

  private Value.Strings strings(List<TerminalNode> nodes) {
    List<StringLit> items = nodes.stream().map(n -> string(n.getSymbol())).toList();
    return new Value.Strings(items, items.get(0).span().to(items.get(items.size() - 1).span()));
  }

  private Value.Duration durationValue(TerminalNode node) {
    return new Value.Duration(duration(node.getSymbol()));
  }

  private DurationLit duration(Token token) {
    return literals.duration(token.getText(), span(token));
  }

  private io.synergy.compiler.ast.IntLit integer(Token token) {
    return literals.integer(token.getText(), span(token));
  }

  private StringLit string(Token token) {
    return literals.string(token.getText(), span(token));
  }

  private Name name(SynergyParser.NameContext ctx) {
    return new Name(ctx.getText(), span(ctx));
  }

  private Span span(TerminalNode node) {
    return span(node.getSymbol());
  }

  private Span span(Token token) {
    return SourceParser.span(source, token);
  }

  private Span span(ParserRuleContext ctx) {
    Token stop =
        ctx.getStop() == null || ctx.getStop().getTokenIndex() < ctx.getStart().getTokenIndex()
            ? ctx.getStart()
            : ctx.getStop();
    return span(ctx.getStart()).to(span(stop));
  }
}
