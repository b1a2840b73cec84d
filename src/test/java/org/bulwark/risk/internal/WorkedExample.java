package org.bulwark.risk.internal;

import static org.bulwark.risk.RiskBand.HIGH;
import static org.bulwark.risk.RiskBand.LOW;
import static org.bulwark.risk.RiskBand.MEDIUM;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bulwark.risk.Answer;

/** The site and the two scenarios of the worked example in docs/RISK-SCORING.md, with the shipped weights. */
final class WorkedExample {

    static final AttackMethod VEHICLE = new AttackMethod(
            "VEHICLE_AS_WEAPON",
            1,
            "Vehicle as a weapon",
            "Véhicule-bélier",
            List.of(
                    new MitigationQuestion("VAW-1", 1, 3, MEDIUM, "barriers", "barrières"),
                    new MitigationQuestion("VAW-2", 2, 2, MEDIUM, "service yard", "cour"),
                    new MitigationQuestion("VAW-3", 3, 2, LOW, "queues", "files"),
                    new MitigationQuestion("VAW-4", 4, 2, HIGH, "road closures", "fermetures"),
                    new MitigationQuestion("VAW-5", 5, 1, LOW, "staff", "personnel")));

    static final AttackMethod DRONE = new AttackMethod(
            "DRONE",
            7,
            "Drone (UAS)",
            "Drone (UAS)",
            List.of(
                    new MitigationQuestion("UAS-1", 1, 2, HIGH, "detection", "détection"),
                    new MitigationQuestion("UAS-2", 2, 3, MEDIUM, "pause", "interruption"),
                    new MitigationQuestion("UAS-3", 3, 2, LOW, "report", "signalement"),
                    new MitigationQuestion("UAS-4", 4, 1, LOW, "restrictions", "restrictions")));

    /** Riverside Arena: stadia-arenas, 12,000 people, UK scheme at SUBSTANTIAL (rank 3 of 5). */
    static ScenarioInput vehicle() {
        return new ScenarioInput(
                VEHICLE,
                "stadia-arenas",
                3,
                5,
                null,
                12_000,
                4,
                3,
                Map.of(
                        "VAW-1",
                        Answer.PARTLY,
                        "VAW-2",
                        Answer.IN_PLACE,
                        "VAW-3",
                        Answer.NOT_IN_PLACE,
                        "VAW-5",
                        Answer.IN_PLACE),
                Set.of("VAW-4"));
    }

    static ScenarioInput drone() {
        return new ScenarioInput(
                DRONE,
                "stadia-arenas",
                3,
                5,
                2,
                12_000,
                4,
                3,
                Map.of(
                        "UAS-1",
                        Answer.NOT_IN_PLACE,
                        "UAS-2",
                        Answer.PARTLY,
                        "UAS-3",
                        Answer.IN_PLACE,
                        "UAS-4",
                        Answer.IN_PLACE),
                Set.of("UAS-1"));
    }

    private WorkedExample() {}
}
