package org.bulwark.sharing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTermsUnitTests {

    @Test
    void wordsAreFoldedToLowerCaseWithoutAccentsAndSplitAtEverythingElse() {
        assertThat(SearchTerms.of("Hôtel de l'Océan: CCTV-checks, 24h!"))
                .containsExactly("hotel", "de", "ocean", "cctv", "checks", "24h");
        assertThat(SearchTerms.query("Hôtel  o")).containsExactly("hotel", "o");
    }

    @Test
    void aPrefixRangeEndsAtTheNextStringOfLettersAndDigits() {
        assertThat(SearchTerms.after("hot")).isEqualTo("hou");
        assertThat(SearchTerms.after("ab9")).isEqualTo("aba");
        assertThat(SearchTerms.after("abz")).isEqualTo("ac");
        assertThat(SearchTerms.after("azz")).isEqualTo("b");
        assertThat(SearchTerms.after("zz")).isNull();
        assertThat(SearchTerms.after("café")).isNull();
    }

    @Test
    void everyTermThatStartsWithThePrefixFallsInsideItsRange() {
        for (String prefix : List.of("hot", "ab9", "abz", "azz", "x1")) {
            String upper = SearchTerms.after(prefix);
            for (String term : List.of(prefix, prefix + "0", prefix + "zzzz", prefix + "9a")) {
                assertThat(term.compareTo(prefix) >= 0 && term.compareTo(upper) < 0)
                        .as("%s in [%s, %s)", term, prefix, upper)
                        .isTrue();
            }
        }
    }
}
