package io.synergy.compiler.fmt;

import static io.synergy.compiler.fmt.FormatterTest.fmt;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Comments stay where they were: on their own line before the same token, re-indented, or at the
 * end of the line of the token they followed, two spaces after it. Blank lines around them are
 * kept, one for a run.
 */
class FormatterCommentsTest {
  @Test
  void format_commentOnItsOwnLine_staysBeforeItsTokenAtTheLinesIndent() {
    String text = "process p {\n# the period\n        period daily\n   # the command\nrun \"x\" }";

    assertThat(fmt(text))
        .isEqualTo(
            """
            process p {
                # the period
                period  daily
                # the command
                run     "x"
            }
            """);
  }

  @Test
  void format_trailingComment_staysAtTheEndOfItsLineTwoSpacesAfterTheToken() {
    String text =
        "process p { # about p\n period daily        # each day\n run \"x\"\t# the job\n}";

    assertThat(fmt(text))
        .isEqualTo(
            """
            process p {  # about p
                period  daily  # each day
                run     "x"  # the job
            }
            """);
  }

  @Test
  void format_commentsBeforeClosingBrace_stayInsideTheBlock() {
    String text = "settings { gc { every 60s\n\n# more later\n} # end of gc\n# the end\n}";

    assertThat(fmt(text))
        .isEqualTo(
            """
            settings {
                gc {
                    every  60s

                    # more later
                }  # end of gc
                # the end
            }
            """);
  }

  @Test
  void format_blockWithOnlyComments_isNotCollapsed() {
    assertThat(fmt("process p { # nothing yet\n}")).isEqualTo("process p {  # nothing yet\n}\n");
    assertThat(fmt("process p {\n\n  # nothing yet\n\n}"))
        .isEqualTo(
            """
            process p {
                # nothing yet
            }
            """);
  }

  @Test
  void format_commentInsideAValue_continuesTheValueOnTheNextLine() {
    String text = "process p {\n run \"a\" # first\n \"b\"\n # then\n \"c\" \"d\"\n period daily }";

    assertThat(fmt(text))
        .isEqualTo(
            """
            process p {
                run     "a"  # first
                        "b"
                        # then
                        "c" "d"
                period  daily
            }
            """);
  }

  @Test
  void format_commentInsideATransition_continuesItFourSpacesIn() {
    String text = "machine m {\n a -> b post # why\n when live\n ccc -> d }";

    assertThat(fmt(text))
        .isEqualTo(
            """
            machine m {
                a   -> b  post  # why
                    when live
                ccc -> d
            }
            """);
  }

  @Test
  void format_treeWithAComment_putsOneMemberPerLine() {
    String text = "tree t { a, # the daily one\n b depends_on s }  # a tree";

    assertThat(fmt(text))
        .isEqualTo(
            """
            tree t {
                a,  # the daily one
                b
                depends_on s
            }  # a tree
            """);
    assertThat(fmt("tree t { a, b }  # fits")).isEqualTo("tree t { a, b }  # fits\n");
  }

  @Test
  void format_commentsBetweenDeclarations_keepTheirBlankLinesWithOneBeforeEach() {
    String text =
        """
        # top


        # about the header
        synergy 1 # version
        # section

        # about a
        process a { period daily }
        # about b
        process b { period daily }


        # last words
        """;

    assertThat(fmt(text))
        .isEqualTo(
            """
            # top

            # about the header
            synergy 1  # version

            # section

            # about a
            process a {
                period  daily
            }

            # about b
            process b {
                period  daily
            }

            # last words
            """);
  }

  @Test
  void format_commentAtTheEndOfFileWithoutBlankLine_staysRightAfter() {
    assertThat(fmt("tree t { a }\n# done")).isEqualTo("tree t { a }\n# done\n");
  }

  @Test
  void format_onlyComments_keepsThemWithoutLeadingBlankLines() {
    assertThat(fmt("\n\n  # one   \n\n\n\t# two\t\n\n")).isEqualTo("# one\n\n# two\n");
  }

  @Test
  void format_commentText_keptExceptTrailingSpaces() {
    assertThat(fmt("process p {#tight ## \u00fc \ud83d\ude00 \"not a string   \t\n}"))
        .isEqualTo("process p {  #tight ## \u00fc \ud83d\ude00 \"not a string\n}\n");
  }

  @Test
  void format_commentAfterFirstTokenOfTheHead_breaksTheHead() {
    assertThat(fmt("process # odd\n p { period daily }"))
        .isEqualTo(
            """
            process  # odd
                p {
                period  daily
            }
            """);
  }
}
