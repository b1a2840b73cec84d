package org.bulwark.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class RiskCatalogueIntegrationTests {

    @Autowired
    Catalogue catalogue;

    @Test
    void theShippedCatalogueHasTenMethodsWithThreeToSixQuestionsEach() {
        assertThat(catalogue.methods())
                .extracting(AttackMethod::code)
                .containsExactly(
                        "VEHICLE_AS_WEAPON",
                        "MARAUDING_FIREARMS",
                        "MARAUDING_BLADED",
                        "PBIED",
                        "VBIED",
                        "UNATTENDED_IED",
                        "DRONE",
                        "CBR",
                        "FIRE",
                        "HOSTILE_RECON");
        assertThat(catalogue.methods())
                .allSatisfy(method -> assertThat(method.questions()).hasSizeBetween(3, 6));
    }

    @Test
    void theShippedChecklistsCarryTheWeightsAndBandsOfTheWorkedExample() {
        assertThat(catalogue.method("VEHICLE_AS_WEAPON").orElseThrow().questions())
                .extracting(q -> q.code() + ":" + q.weight() + ":" + q.proportionateFrom())
                .containsExactlyElementsOf(WorkedExample.VEHICLE.questions().stream()
                        .map(q -> q.code() + ":" + q.weight() + ":" + q.proportionateFrom())
                        .toList());
        assertThat(catalogue.method("DRONE").orElseThrow().questions())
                .extracting(q -> q.code() + ":" + q.weight() + ":" + q.proportionateFrom())
                .containsExactlyElementsOf(WorkedExample.DRONE.questions().stream()
                        .map(q -> q.code() + ":" + q.weight() + ":" + q.proportionateFrom())
                        .toList());
    }
}
