package io.synergy.compiler.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
  @Test
  void distance_equalStrings_isZero() {
    assertThat(Suggestions.distance("site_daily", "site_daily", 2)).isZero();
  }

  @Test
  void distance_oneSubstitutionInsertionOrDeletion_isOne() {
    assertThat(Suggestions.distance("site_dayly", "site_daily", 2)).isEqualTo(1);
    assertThat(Suggestions.distance("site_daly", "site_daily", 2)).isEqualTo(1);
    assertThat(Suggestions.distance("site_dailly", "site_daily", 2)).isEqualTo(1);
  }

  @Test
  void distance_adjacentTransposition_isOne() {
    assertThat(Suggestions.distance("site_dialy", "site_daily", 2)).isEqualTo(1);
  }

  @Test
  void distance_twoEdits_isTwo() {
    assertThat(Suggestions.distance("sit_dayly", "site_daily", 2)).isEqualTo(2);
  }

  @Test
  void distance_emptyAgainstWord_isTheWordsLength() {
    assertThat(Suggestions.distance("", "abc", 5)).isEqualTo(3);
    assertThat(Suggestions.distance("abc", "", 5)).isEqualTo(3);
  }

  @Test
  void distance_beyondLimit_givesUpWithLimitPlusOne() {
    assertThat(Suggestions.distance("hourly", "yearly", 1)).isEqualTo(2);
    assertThat(Suggestions.distance("abcdef", "uvwxyz", 2)).isEqualTo(3);
  }

  @Test
  void nearest_twoEditsOnLongName_suggests() {
    assertThat(Suggestions.nearest("sit_dayly", List.of("site_daily"))).contains("site_daily");
  }

  @Test
  void nearest_threeEdits_suggestsNothing() {
    assertThat(Suggestions.nearest("site_dxxly", List.of("site_daily"))).contains("site_daily");
    assertThat(Suggestions.nearest("site_xxxly", List.of("site_daily"))).isEmpty();
  }

  @Test
  void nearest_nameUnderFourCharacters_allowsOneEditOnly() {
    assertThat(Suggestions.nearest("Mo", List.of("Mon"))).contains("Mon");
    assertThat(Suggestions.nearest("Mnd", List.of("Mon"))).isEmpty();
    assertThat(Suggestions.nearest("gx", List.of("gc", "in"))).contains("gc");
  }

  @Test
  void nearest_nameOfFourCharacters_allowsTwoEdits() {
    assertThat(Suggestions.nearest("sink", List.of("sync"))).contains("sync");
    assertThat(Suggestions.nearest("snk", List.of("sync"))).isEmpty();
  }

  @Test
  void ranked_severalCandidates_nearestFirst() {
    assertThat(
            Suggestions.ranked("site_dayly", List.of("sitx_dayly_", "site_daily", "site_hourly")))
        .containsExactly("site_daily", "sitx_dayly_");
  }

  @Test
  void ranked_equallyNear_keepsCandidateOrder() {
    assertThat(Suggestions.ranked("daly", List.of("dale", "daily", "dally")))
        .containsExactly("dale", "daily", "dally");
    assertThat(Suggestions.ranked("daly", List.of("dally", "daily", "dale")))
        .containsExactly("dally", "daily", "dale");
  }

  @Test
  void ranked_nameItselfAmongCandidates_isNotSuggested() {
    assertThat(Suggestions.ranked("daily", List.of("daily", "dail"))).containsExactly("dail");
    assertThat(Suggestions.nearest("daily", List.of("daily"))).isEmpty();
  }

  @Test
  void ranked_repeatedCandidate_appearsOnce() {
    assertThat(Suggestions.ranked("dail", List.of("daily", "daily"))).containsExactly("daily");
  }

  @Test
  void ranked_noCandidates_isEmpty() {
    assertThat(Suggestions.ranked("daily", List.of())).isEmpty();
  }
}
