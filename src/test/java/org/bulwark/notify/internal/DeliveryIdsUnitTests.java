package org.bulwark.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DeliveryIdsUnitTests {

    @Test
    void anIdentifierIsAVersionSevenUuidThatCarriesTheMillisecondItWasMadeIn() {
        long millis = 1_795_897_805_933L;

        UUID id = DeliveryIds.at(millis, new Random(7));

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(millis);
        assertThat(id.toString().replace("-", "").substring(0, 12)).isEqualTo(String.format("%012x", millis));
    }

    @Test
    void identifiersMadeLaterSortAfterThoseMadeEarlier() {
        Random random = new Random(11);
        UUID earlier = DeliveryIds.at(1_000_000L, random);
        UUID later = DeliveryIds.at(1_000_001L, random);

        // as the database orders them: by their text, which is their bytes in order
        assertThat(later.toString()).isGreaterThan(earlier.toString());
    }

    @Test
    void identifiersMadeInTheSameMillisecondDiffer() {
        Set<UUID> made = new HashSet<>();
        Random random = new Random(13);
        for (int i = 0; i < 100_000; i++) {
            made.add(DeliveryIds.at(1_000_000L, random));
        }
        assertThat(made).hasSize(100_000);
    }
}
