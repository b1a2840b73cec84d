package org.bulwark.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportKeyStopListUnitTests {

    private final ReportKeys keys = new ReportKeys("44");
    private final ReportKeyStopList stopList = new ReportKeyStopList(
            List.of(
                    new ReportKeyStopList.Entry(ReportKeyKind.PLATE, "UNKNOWN"),
                    new ReportKeyStopList.Entry(ReportKeyKind.PHONE, "999"),
                    new ReportKeyStopList.Entry(ReportKeyKind.PHONE, "0800789321"),
                    new ReportKeyStopList.Entry(ReportKeyKind.HANDLE, "admin")),
            keys);

    @Test
    void entriesAreComparedAfterNormalisation() {
        assertThat(stopList.stops(keys.plate("unknown").orElseThrow())).isTrue();
        assertThat(stopList.stops(keys.plate("Un-Known").orElseThrow())).isTrue();
        assertThat(stopList.stops(keys.phone("999").orElseThrow())).isTrue();
        assertThat(stopList.stops(keys.phone("+44 800 789 321").orElseThrow())).isTrue();
    }

    @Test
    void aHandleEntryStopsThatNameOnEveryPlatform() {
        assertThat(stopList.stops(keys.handle("Instagram", "@Admin").orElseThrow()))
                .isTrue();
        assertThat(stopList.stops(keys.handle(null, "admin").orElseThrow())).isTrue();
        assertThat(stopList.stops(keys.handle("Instagram", "admin_of_night").orElseThrow()))
                .isFalse();
    }

    @Test
    void oneCharacterRepeatedIdentifiesNoOne() {
        assertThat(stopList.stops(keys.plate("XXXX").orElseThrow())).isTrue();
        assertThat(stopList.stops(keys.plate("0000").orElseThrow())).isTrue();
        assertThat(stopList.stops(keys.phone("01111 111111").orElseThrow())).isTrue();
        // a run of zeros is not even a number: it gives no key at all
        assertThat(keys.phone("0000000000")).isEmpty();
        assertThat(stopList.stops(keys.phone("07700 999999").orElseThrow())).isTrue();
        assertThat(stopList.stops(keys.handle("telegram", "___").orElseThrow())).isTrue();
    }

    @Test
    void realValuesPass() {
        assertThat(stopList.stops(keys.plate("AB12 CDE").orElseThrow())).isFalse();
        assertThat(stopList.stops(keys.phone("07700 900123").orElseThrow())).isFalse();
        assertThat(stopList.stops(keys.handle("telegram", "night_owl").orElseThrow()))
                .isFalse();
    }
}
