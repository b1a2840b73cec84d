package org.bulwark.threat.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThreatLabelsUnitTests {

    @Test
    void theLowestLevelIsGreenAndTheHighestRedWhateverTheNumberOfLevels() {
        assertThat(ThreatLabels.severity(1, 5)).isEqualTo(1);
        assertThat(ThreatLabels.severity(3, 5)).isEqualTo(3);
        assertThat(ThreatLabels.severity(5, 5)).isEqualTo(5);
        assertThat(ThreatLabels.severity(1, 3)).isEqualTo(1);
        assertThat(ThreatLabels.severity(2, 3)).isEqualTo(3);
        assertThat(ThreatLabels.severity(3, 3)).isEqualTo(5);
        assertThat(ThreatLabels.severity(2, 2)).isEqualTo(5);
    }
}
