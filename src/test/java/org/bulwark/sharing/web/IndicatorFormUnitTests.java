package org.bulwark.sharing.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bulwark.sharing.IndicatorDraft;
import org.junit.jupiter.api.Test;

class IndicatorFormUnitTests {

    @Test
    void examplesAreOnePerLineWhateverTheLineEndings() {
        IndicatorForm form = new IndicatorForm();
        form.setExamplesEn("First\r\nSecond\n\nThird");

        assertThat(form.draft(true).examplesEn()).containsExactly("First", "Second", "", "Third");
    }

    @Test
    void aPositionThatIsNotAWholeNumberIsPassedOnForTheCatalogueToRefuse() {
        IndicatorForm form = new IndicatorForm();
        form.setPosition("second");
        assertThat(form.draft(true).position()).isZero();
        form.setPosition(" ");
        assertThat(form.draft(true).position()).isNull();
        form.setPosition(" 3 ");
        assertThat(form.draft(true).position()).isEqualTo(3);
    }

    @Test
    void noAudienceChosenMeansTheDefaultForANewEntryButIsAMistakeOnAnExistingOne() {
        IndicatorForm form = new IndicatorForm();

        IndicatorDraft created = form.draft(true);
        IndicatorDraft changed = form.draft(false);

        assertThat(created.audience()).isNull();
        assertThat(changed.audience()).isEqualTo(List.of());
    }

    @Test
    void anUnknownKindIsACategory() {
        IndicatorForm form = new IndicatorForm();
        form.setKind("something");
        assertThat(form.isSectorIndicator()).isFalse();
        form.setKind("sector");
        assertThat(form.isSectorIndicator()).isTrue();
    }
}
