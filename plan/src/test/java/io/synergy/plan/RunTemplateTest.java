package io.synergy.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunTemplateTest {
  private static final RunTemplate.Arg PERIOD_ARG =
      new RunTemplate.Arg(
          List.of(
              new RunTemplate.Part.Literal("--day={"),
              new RunTemplate.Part.Placeholder("period"),
              new RunTemplate.Part.Literal("}")));

  @Test
  void fill_everyPlaceholderKnown_joinsLiteralsAndValues() {
    RunTemplate run =
        new RunTemplate(
            List.of(
                new RunTemplate.Arg(List.of(new RunTemplate.Part.Literal("bin/job"))), PERIOD_ARG));

    assertThat(run.fill(Map.of("period", "2026120300")))
        .containsExactly("bin/job", "--day={2026120300}");
  }

  @Test
  void fill_placeholderWithoutValue_isRefused() {
    RunTemplate run = new RunTemplate(List.of(PERIOD_ARG));

    assertThatThrownBy(() -> run.fill(Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("{period}");
  }

  @Test
  void template_literalBraces_areDoubled() {
    assertThat(PERIOD_ARG.template()).isEqualTo("--day={{{period}}}");
  }

  @Test
  void construct_emptyCommand_isRefused() {
    assertThatThrownBy(() -> new RunTemplate(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
