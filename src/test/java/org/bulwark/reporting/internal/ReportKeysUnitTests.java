package org.bulwark.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportKeysUnitTests {

    private final ReportKeys keys = new ReportKeys("44");

    @Test
    void platesLoseCaseSpacesHyphensAndDots() {
        assertThat(value(keys.plate("ab-12 c.d e"))).isEqualTo("AB12CDE");
        assertThat(value(keys.plate("  AB12CDE "))).isEqualTo("AB12CDE");
    }

    @Test
    void platesReadLetterOAsZeroAndLetterIAsOne() {
        assertThat(value(keys.plate("AB12 OCD"))).isEqualTo(value(keys.plate("ab12 0cd")));
        assertThat(value(keys.plate("XI 1234"))).isEqualTo("X11234");
    }

    @Test
    void platesTooShortOrTooLongGiveNoKey() {
        assertThat(keys.plate("A")).isEmpty();
        assertThat(keys.plate(" - . ")).isEmpty();
        assertThat(keys.plate("ABCDEFGH12345678")).isEmpty();
        assertThat(keys.plate(null)).isEmpty();
    }

    @Test
    void phonesWrittenNationallyOrInternationallyAreOneKey() {
        List<String> written = List.of("07700 900123", "+44 7700 900123", "0044-7700-900123", "(07700) 900.123");
        assertThat(written).allSatisfy(raw -> assertThat(value(keys.phone(raw))).isEqualTo("+447700900123"));
    }

    @Test
    void theTrunkPrefixTakesTheConfiguredCountryCode() {
        assertThat(value(new ReportKeys("33").phone("06 12 34 56 78"))).isEqualTo("+33612345678");
        assertThat(value(new ReportKeys("33").phone("+44 7700 900123"))).isEqualTo("+447700900123");
    }

    @Test
    void shortCodesAndNumbersWithoutPrefixKeepTheirDigits() {
        assertThat(value(keys.phone("999"))).isEqualTo("999");
        assertThat(value(keys.phone("7700 900123"))).isEqualTo("7700900123");
    }

    @Test
    void phonesWithTooFewOrTooManyDigitsGiveNoKey() {
        assertThat(keys.phone("12")).isEmpty();
        assertThat(keys.phone("no number")).isEmpty();
        assertThat(keys.phone("+1234567890123456789")).isEmpty();
        assertThat(keys.phone("+0 123 456")).isEmpty();
    }

    @Test
    void handlesArePlatformQualifiedLowerCaseWithoutTheAtSign() {
        assertThat(value(keys.handle("Instagram", "@Night_Owl"))).isEqualTo("instagram:night_owl");
        assertThat(value(keys.handle(" X (Twitter) ", "@@night_owl "))).isEqualTo("xtwitter:night_owl");
        assertThat(keys.handle("Instagram", "night_owl")).isNotEqualTo(keys.handle("Telegram", "night_owl"));
    }

    @Test
    void handlesOfNoKnownPlatformOnlyMatchEachOther() {
        assertThat(value(keys.handle(null, "@night_owl"))).isEqualTo(":night_owl");
        assertThat(value(keys.handle("  ", "night_owl"))).isEqualTo(":night_owl");
    }

    @Test
    void emptyHandlesGiveNoKey() {
        assertThat(keys.handle("instagram", "@")).isEmpty();
        assertThat(keys.handle("instagram", "  ")).isEmpty();
        assertThat(keys.handle("instagram", null)).isEmpty();
    }

    @Test
    void theCountryCodeMustBeOneToThreeDigits() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ReportKeys("+44"));
        assertThatIllegalArgumentException().isThrownBy(() -> new ReportKeys("0"));
        assertThatIllegalArgumentException().isThrownBy(() -> new ReportKeys("1234"));
    }

    private static String value(Optional<ReportKey> key) {
        return key.orElseThrow().value();
    }
}
