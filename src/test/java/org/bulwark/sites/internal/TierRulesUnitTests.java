package org.bulwark.sites.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bulwark.sites.Tier;
import org.bulwark.sites.UseType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.context.support.ResourceBundleMessageSource;

class TierRulesUnitTests {

    /** The shipped preset, bound exactly as the application binds it when nothing is configured. */
    private final TierRules rules = new TierRules(settings(Map.of()));

    @ParameterizedTest
    @CsvSource({
        "0, OUT_OF_SCOPE",
        "199, OUT_OF_SCOPE",
        "200, STANDARD",
        "799, STANDARD",
        "800, ENHANCED",
        "90000, ENHANCED"
    })
    void capacityAloneSetsTheTierOfOrdinaryPremises(int capacity, Tier expected) {
        assertThat(rules.tierOf(UseType.CONCERT_HALL, capacity)).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(
            value = UseType.class,
            names = {"PLACE_OF_WORSHIP", "SCHOOL", "CHILDCARE"})
    void placesOfWorshipSchoolsAndChildcareStayStandardAtAnyCapacityFrom200(UseType use) {
        assertThat(rules.tierOf(use, 199)).isEqualTo(Tier.OUT_OF_SCOPE);
        assertThat(rules.tierOf(use, 200)).isEqualTo(Tier.STANDARD);
        assertThat(rules.tierOf(use, 799)).isEqualTo(Tier.STANDARD);
        assertThat(rules.tierOf(use, 800)).isEqualTo(Tier.STANDARD);
        assertThat(rules.tierOf(use, 50_000)).isEqualTo(Tier.STANDARD);
    }

    @Test
    void otherEducationAndHealthPremisesAreEnhancedFrom800() {
        assertThat(rules.tierOf(UseType.UNIVERSITY, 800)).isEqualTo(Tier.ENHANCED);
        assertThat(rules.tierOf(UseType.HOSPITAL, 800)).isEqualTo(Tier.ENHANCED);
    }

    @Test
    void thresholdsAndExceptionsAreConfigurable() {
        TierRules other = new TierRules(settings(Map.of(
                "bulwark.sites.tiers.standard-from", "100",
                "bulwark.sites.tiers.enhanced-from", "1000",
                "bulwark.sites.tiers.standard-at-most", "hospital")));

        assertThat(other.tierOf(UseType.BAR_PUB, 99)).isEqualTo(Tier.OUT_OF_SCOPE);
        assertThat(other.tierOf(UseType.BAR_PUB, 100)).isEqualTo(Tier.STANDARD);
        assertThat(other.tierOf(UseType.BAR_PUB, 999)).isEqualTo(Tier.STANDARD);
        assertThat(other.tierOf(UseType.BAR_PUB, 1000)).isEqualTo(Tier.ENHANCED);
        assertThat(other.tierOf(UseType.HOSPITAL, 5000)).isEqualTo(Tier.STANDARD);
        assertThat(other.tierOf(UseType.SCHOOL, 5000)).isEqualTo(Tier.ENHANCED);
    }

    @Test
    void eachTierIsExplainedInWordsAPersonCanCheck() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/sites");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);

        assertThat(messages.getMessage(rules.assess(UseType.STADIUM, 800).explanation(), Locale.ENGLISH))
                .isEqualTo("Enhanced: capacity 800 or more");
        assertThat(messages.getMessage(rules.assess(UseType.STADIUM, 799).explanation(), Locale.ENGLISH))
                .isEqualTo("Standard: capacity 200 to 799");
        assertThat(messages.getMessage(rules.assess(UseType.STADIUM, 199).explanation(), Locale.ENGLISH))
                .isEqualTo("Out of scope: capacity under 200");
        assertThat(messages.getMessage(rules.assess(UseType.SCHOOL, 2000).explanation(), Locale.ENGLISH))
                .isEqualTo("Standard: capacity 200 or more, and a site used as School is never enhanced");
        assertThat(messages.getMessage(rules.assess(UseType.STADIUM, 800).explanation(), Locale.FRENCH))
                .isEqualTo("Renforcé : capacité de 800 ou plus");
    }

    private static SitesSettings settings(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("bulwark.sites", SitesSettings.class);
    }

    @Test
    void theShippedPresetIsTheProtectionOfPremisesAct() {
        SitesSettings.Tiers tiers = settings(Map.of()).tiers();
        assertThat(tiers.standardFrom()).isEqualTo(200);
        assertThat(tiers.enhancedFrom()).isEqualTo(800);
        assertThat(tiers.standardAtMost())
                .containsExactlyInAnyOrderElementsOf(
                        List.of(UseType.PLACE_OF_WORSHIP, UseType.SCHOOL, UseType.CHILDCARE));
    }
}
