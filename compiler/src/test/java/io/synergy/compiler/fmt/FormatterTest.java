package io.synergy.compiler.fmt;

import static org.assertj.core.api.Assertions.assertThat;

import io.synergy.compiler.diag.Diagnostic;
import io.synergy.compiler.diag.SourceFile;
import org.junit.jupiter.api.Test;

/** The layout rules of docs/language.md, "Formatting", one by one, with the exact text expected. */
class FormatterTest {
  static String fmt(String text) {
    Formatted formatted = Formatter.format(new SourceFile("t.synergy", text));
    assertThat(formatted.errors().diagnostics()).isEmpty();
    return formatted.text().orElseThrow();
  }

  @Test
  void format_headerAndDeclarations_oneBlankLineBetweenInTheOrderWritten() {
    String text =
        "synergy 1 tree t{a} process a{period daily run \"x\"} settings{start 2026-12-01}";

    assertThat(fmt(text))
        .isEqualTo(
            """
            synergy 1

            tree t { a }

            process a {
                period  daily
                run     "x"
            }

            settings {
                start  2026-12-01
            }
            """);
  }

  @Test
  void format_attributes_valuesInAColumnTwoSpacesAfterTheLongestName() {
    String text =
        "freerun f {\n  trigger every 5m\n\trun \"a\"   \"b\"\n enabled    false timeout 2h }";

    assertThat(fmt(text))
        .isEqualTo(
            """
            freerun f {
                trigger  every 5m
                run      "a" "b"
                enabled  false
                timeout  2h
            }
            """);
  }

  @Test
  void format_blankLines_collapsedKeptBetweenAttributesDroppedAfterOpenAndBeforeClose() {
    String text = "process a {\n\n\n  period daily\n\n\n\n  run \"x\"\n  sink \"s\"\n\n}\n\n\n\n";

    assertThat(fmt(text))
        .isEqualTo(
            """
            process a {
                period  daily

                run     "x"
                sink    "s"
            }
            """);
  }

  @Test
  void format_emptyBlocks_areBracesOnTheHeadLine() {
    String text =
        "settings { gc { } } process a { args { } } freerun f { } tree t { } machine m live { }";

    assertThat(fmt(text))
        .isEqualTo(
            """
            settings {
                gc {}
            }

            process a {
                args {}
            }

            freerun f {}

            tree t {}

            machine m live {}
            """);
  }

  @Test
  void format_gcAndArgs_nestedOneEntryPerLineWithEqualsAligned() {
    String text =
        "settings { max_failures 3 gc { every 60s resubmit_after 1h } timezone \"UTC\" }\n"
            + "process p { period daily args { region=\"eu\" batch_size = \"10\" } run \"x\" }";

    assertThat(fmt(text))
        .isEqualTo(
            """
            settings {
                max_failures  3
                gc {
                    every           60s
                    resubmit_after  1h
                }
                timezone      "UTC"
            }

            process p {
                period  daily
                args {
                    region     = "eu"
                    batch_size = "10"
                }
                run     "x"
            }
            """);
  }

  @Test
  void format_values_singleSpacesCommaListsDayRangesAndNegativeDurations() {
    String text =
        """
        settings { start - 2d }
        process p {
          boxes "a" ,"b",   "c"
          exit noop 3,canceled   4
          trigger at Mon - Fri 06:00 ,Sat 08:30,23:00 in   "Europe/Berlin"
          retries 3   backoff 30s
        }""";

    assertThat(fmt(text))
        .isEqualTo(
            """
            settings {
                start  -2d
            }

            process p {
                boxes    "a", "b", "c"
                exit     noop 3, canceled 4
                trigger  at Mon-Fri 06:00, Sat 08:30, 23:00 in "Europe/Berlin"
                retries  3 backoff 30s
            }
            """);
  }

  @Test
  void format_longRun_breaksBefore100ColumnsUnderTheFirstString() {
    String text =
        "process p { run \"workers/billing.py\" \"invoice\" \"--day\" \"{period}\" \"--from\""
            + " \"{source}\" \"--into-file\" \"{sink}\" \"--currency\" \"EUR\" period daily }";

    assertThat(fmt(text))
        .isEqualTo(
            """
            process p {
                run     "workers/billing.py" "invoice" "--day" "{period}" "--from" "{source}" "--into-file"
                        "{sink}" "--currency" "EUR"
                period  daily
            }
            """);
    assertThat(fmt(text).lines()).allMatch(line -> line.length() <= 100);
  }

  @Test
  void format_runBrokenByTheAuthor_keepsTheBreaksAndMovesTheRest() {
    String text = "process p {\n  run \"a\" \"b\"\n        \"c\"\n   \"d\" \"e\"\n}";

    assertThat(fmt(text))
        .isEqualTo(
            """
            process p {
                run  "a" "b"
                     "c"
                     "d" "e"
            }
            """);
  }

  @Test
  void format_commaListBrokenByTheAuthor_keepsTheBreakAfterTheComma() {
    String text = "freerun f {\n  boxes \"a\",\n \"b\", \"c\"\n  trigger at 06:00,\n 07:00\n}";

    assertThat(fmt(text))
        .isEqualTo(
            """
            freerun f {
                boxes    "a",
                         "b", "c"
                trigger  at 06:00,
                         07:00
            }
            """);
  }

  @Test
  void format_treeThatFits_isOneLineWithTwoSpacesBeforeDependsOn() {
    String text = "tree client {\n  client_yearly ,\n  client_daily\n  depends_on site,other\n}";

    assertThat(fmt(text))
        .isEqualTo("tree client { client_yearly, client_daily  depends_on site, other }\n");
    assertThat(fmt("tree alert { depends_on client }"))
        .isEqualTo("tree alert { depends_on client }\n");
  }

  @Test
  void format_treePastOneHundredColumns_putsOneMemberPerLine() {
    String text =
        "tree accounting_reports { accounting_yearly_rollup, accounting_monthly_rollup,"
            + " accounting_daily_rollup depends_on site, client }";

    assertThat(fmt(text))
        .isEqualTo(
            """
            tree accounting_reports {
                accounting_yearly_rollup,
                accounting_monthly_rollup,
                accounting_daily_rollup
                depends_on site, client
            }
            """);
  }

  @Test
  void format_machine_alignsArrowActionAndWhenColumns() {
    String text =
        """
        machine careful live { embryo -> in_progress post when past and finalizable
        in_progress->processed when uow processed
        in_progress -> in_progress post range
        final_run -> skipped }""";

    assertThat(fmt(text))
        .isEqualTo(
            """
            machine careful live {
                embryo      -> in_progress  post        when past and finalizable
                in_progress -> processed                when uow processed
                in_progress -> in_progress  post range
                final_run   -> skipped
            }
            """);
  }

  @Test
  void format_machineWithoutActions_putsWhenTwoSpacesAfterTheLongestTarget() {
    String text = "machine m { a -> b when live\n long_state -> c when past }";

    assertThat(fmt(text))
        .isEqualTo(
            """
            machine m {
                a          -> b  when live
                long_state -> c  when past
            }
            """);
  }

  @Test
  void format_conditions_keepParenthesesAsWrittenWithSingleSpaces() {
    String text =
        "machine m { a -> b when ( live or not(past) ) and ((uow   noop)) or not not finalizable }";

    assertThat(fmt(text))
        .isEqualTo(
            """
            machine m {
                a -> b  when (live or not (past)) and ((uow noop)) or not not finalizable
            }
            """);
  }

  @Test
  void format_keywordsAsNamesAndUnknownAttributes_areLaidOutLikeAnyOther() {
    String text =
        "process daily { period daily prio 5 perod daily owner \"me\" , \"you\" run \"x\" }";

    assertThat(fmt(text))
        .isEqualTo(
            """
            process daily {
                period  daily
                prio    5
                perod   daily
                owner   "me", "you"
                run     "x"
            }
            """);
  }

  @Test
  void format_stringsAndLiterals_keptExactlyAsWritten() {
    String text =
        "process p { run \"\\u{20AC}\" \"a\\\"b\\\\\" \"\\t{{x}}\" group 007 timeout 1h30m }";

    assertThat(fmt(text))
        .isEqualTo(
            """
            process p {
                run      "\\u{20AC}" "a\\"b\\\\" "\\t{{x}}"
                group    007
                timeout  1h30m
            }
            """);
  }

  @Test
  void format_whitespace_crlfTabsAndNoBreakSpacesBecomeTheLayout() {
    String text = "process\tp\u00a0{\r\n\tperiod\u000bdaily   \r\n\r\n\r\n\trun \"x\"\f}\r\n";

    assertThat(fmt(text))
        .isEqualTo(
            """
            process p {
                period  daily

                run     "x"
            }
            """);
  }

  @Test
  void format_emptyFile_staysEmpty() {
    assertThat(fmt("")).isEmpty();
    assertThat(fmt(" \n\n\t")).isEmpty();
  }

  @Test
  void format_formattedText_isFormatted() {
    String text = fmt("process a { period daily run \"x\" }");

    assertThat(Formatter.format(new SourceFile("t.synergy", text)).isFormatted()).isTrue();
    assertThat(Formatter.format(new SourceFile("t.synergy", text + "\n")).isFormatted()).isFalse();
  }

  @Test
  void format_syntaxErrors_givesNoTextAndTheErrors() {
    assertThat(codes("process p { period daily")).containsExactly("SYN001");
    assertThat(codes("process p { run \"x }")).contains("SYN003");
    assertThat(codes("synergy 2")).containsExactly("SYN004");
    assertThat(codes("process p { timeout 5x }")).containsExactly("SYN002");
    assertThat(codes("process p { run \"x\" ; }")).containsExactly("SYN001");
    assertThat(codes("process p { trigger at Mon 06:00 Sat 08:30 }")).containsExactly("SYN001");
  }

  @Test
  void format_semanticErrors_stillFormats() {
    assertThat(fmt("process p { colour \"red\" }"))
        .isEqualTo(
            """
            process p {
                colour  "red"
            }
            """);
  }

  private static java.util.List<String> codes(String text) {
    Formatted formatted = Formatter.format(new SourceFile("t.synergy", text));
    assertThat(formatted.text()).isEmpty();
    assertThat(formatted.isFormatted()).isFalse();
    return formatted.errors().diagnostics().stream().map(Diagnostic::code).map(Enum::name).toList();
  }
}
