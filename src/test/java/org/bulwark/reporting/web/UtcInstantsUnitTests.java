package org.bulwark.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UtcInstantsUnitTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-11-28T17:36:30Z",
                "2026-11-28T17:36:30.2Z",
                "2026-11-28T17:36:30.245Z",
                "2026-11-28T17:36:30.245123Z",
                "2026-11-28T17:36:30.245123789Z",
                "2024-02-29T00:00:00Z",
                "1999-12-31T23:59:59.999999999Z"
            })
    void readsWhatTheGeneralParserReads(String text) {
        assertThat(UtcInstants.utc(text)).isEqualTo(Instant.parse(text));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-11-28T17:36:30+01:00",
                "2026-11-28 17:36:30Z",
                "2026-11-28T17:36:30.Z",
                "2026-11-28T17:36:30.1234567890Z",
                "2026-02-30T12:00:00Z",
                "2026-11-28T24:00:00Z",
                "2026-11-2xT17:36:30Z",
                "2026-11-28T17:36:30",
                "yesterday"
            })
    void leavesEveryOtherFormToTheGeneralReader(String text) {
        assertThat(UtcInstants.utc(text)).isNull();
    }
}
