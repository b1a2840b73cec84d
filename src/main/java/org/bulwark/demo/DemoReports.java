package org.bulwark.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.bulwark.identity.Reader;
import org.bulwark.reporting.Receipt;
import org.bulwark.reporting.ReportDraft;
import org.bulwark.reporting.ReportDraft.Contact;
import org.bulwark.reporting.ReportDraft.Handle;
import org.bulwark.reporting.ReportDraft.Person;
import org.bulwark.reporting.ReportDraft.Vehicle;
import org.bulwark.reporting.ReportSafeguards;
import org.bulwark.reporting.Reports;
import org.bulwark.reporting.Transition;

/**
 * A handful of suspicious-activity reports sent through the reporting module's API: two from hotels about the same
 * car, one from the public with a receipt, one a partner system sent, and one an analyst already closed, so that
 * the queue, triage and the receipt page have content; and one closed as unfounded four months ago, which the first
 * purge removes.
 */
final class DemoReports {

    /** The plate both hotel reports name, so that correlation has something to find. */
    static final String SHARED_PLATE = "PA19 KLM";

    private DemoReports() {}

    /**
     * @param hotels two hotel sites of the demo city
     * @return the public report's receipt, which the log prints so that a person can try the receipt page
     */
    static Receipt send(
            Reports reports,
            ReportSafeguards safeguards,
            Reader operator,
            Reader integration,
            Reader analyst,
            List<UUID> hotels,
            Instant now) {
        reports.submit(
                operator,
                new ReportDraft(
                        now.minus(Duration.ofDays(3)),
                        null,
                        null,
                        hotels.get(0),
                        null,
                        "observation-surveillance",
                        "A guest asked the night porter twice when the delivery bay is unlocked and how many staff"
                                + " are on at 3 a.m., then walked the service corridor without a room key.",
                        List.of(new Person(
                                "Grey hooded jacket, rucksack",
                                "Asked about staff rotas and the delivery" + " bay; walked the service corridor")),
                        List.of(new Vehicle(SHARED_PLATE, "Dark blue hatchback, roof box")),
                        List.of(),
                        List.of(),
                        null,
                        "en"),
                List.of());
        reports.submit(
                operator,
                new ReportDraft(
                        now.minus(Duration.ofDays(1)),
                        null,
                        null,
                        hotels.get(1),
                        null,
                        "photography",
                        "From a parked car, someone photographed the hotel's entrances and the barrier at the"
                                + " underground car park for about twenty minutes, and drove off when approached.",
                        List.of(new Person(
                                "Cap, sunglasses",
                                "Photographed entrances from the car; drove off when" + " approached")),
                        List.of(new Vehicle(SHARED_PLATE.replace(" ", ""), "Dark blue hatchback")),
                        List.of(),
                        List.of(),
                        null,
                        "en"),
                List.of());
        reports.submit(
                integration,
                new ReportDraft(
                        now.minus(Duration.ofHours(20)),
                        53.3088,
                        0.2546,
                        null,
                        "transport",
                        "eliciting-information",
                        "A passenger asked the driver which streets around the ferry terminal are closed to"
                                + " traffic during events and where the barriers are.",
                        List.of(),
                        List.of(),
                        List.of("+44 7700 900789"),
                        List.of(new Handle("Telegram", "@alder_rides")),
                        null,
                        "en"),
                List.of());
        Receipt receipt = reports.submitPublic(
                new ReportDraft(
                        now.minus(Duration.ofHours(6)),
                        53.3121,
                        0.2489,
                        null,
                        null,
                        null,
                        "A rucksack was left under a bench by the market stage for over an hour. A man came back"
                                + " for it when security started to look at it.",
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        new Contact("Sam Porter", "sam.porter@example.org", null),
                        "en"),
                List.of(),
                false);
        UUID closed = reports.submit(
                        operator,
                        new ReportDraft(
                                now.minus(Duration.ofDays(6)),
                                null,
                                null,
                                hotels.get(0),
                                null,
                                "photography",
                                "A man with a large camera photographed the lobby and the lifts.",
                                List.of(),
                                List.of(),
                                List.of(),
                                List.of(),
                                null,
                                "en"),
                        List.of())
                .id();
        reports.decide(
                analyst,
                closed,
                Transition.CLOSE_NOT_RELEVANT,
                null,
                "An architecture student photographing the listed lobby, with the manager's permission.");
        UUID unfounded = reports.submit(
                        operator,
                        new ReportDraft(
                                now.minus(Duration.ofDays(3)),
                                null,
                                null,
                                hotels.get(1),
                                null,
                                "observation-surveillance",
                                "A man stood by the fire exit for half an hour and looked at his phone.",
                                List.of(),
                                List.of(),
                                List.of(),
                                List.of(),
                                null,
                                "en"),
                        List.of())
                .id();
        reports.decide(
                analyst,
                unfounded,
                Transition.CLOSE_UNFOUNDED,
                null,
                "A guest waiting for a taxi; the doorman knew him.");
        safeguards.moveIntoPast(unfounded, Duration.ofDays(120));
        return receipt;
    }
}
