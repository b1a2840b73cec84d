package org.bulwark.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.bulwark.engagement.AlertDraft;
import org.bulwark.engagement.Alerts;
import org.bulwark.geo.GeoJson;
import org.bulwark.geo.GeoPoint;
import org.bulwark.geo.Zone;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * One public alert of the demo city, already cancelled, so that the public alert pages and the Atom feed show what
 * an alert, its cancellation and their CAP messages look like: a suspicious package at the Old Town market that
 * turned out to be harmless. It needs nothing else of the demo network and is sent once, while there is no public alert yet.
 */
@Component
@Profile("demo & !postgres")
class DemoAlerts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAlerts.class);

    /** The demo's police, as the author of the alert; a fixed identifier, so that every run writes the same. */
    static final BulwarkUser POLICE = BulwarkUser.of(
            UUID.nameUUIDFromBytes("port-alder-police".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
            "coordinator",
            "Port Alder Police",
            Role.COORDINATOR);

    static final GeoPoint MARKET_SQUARE = new GeoPoint(53.3106, 0.2489);

    private final Alerts alerts;

    DemoAlerts(Alerts alerts) {
        this.alerts = alerts;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!alerts.publicAlerts(1).isEmpty()) {
            return;
        }
        UUID alert = alerts.issue(draft(Instant.now().plus(Duration.ofHours(4))), POLICE)
                .id();
        alerts.cancel(alert, "The package was checked and is harmless; Market Square has reopened.", POLICE);
        log.info("Demo public alert sent and cancelled: see /public/alerts and /public/alerts.atom");
    }

    static AlertDraft draft(Instant expires) {
        return new AlertDraft(
                null,
                "PUBLIC",
                null,
                false,
                "Security",
                "Immediate",
                "Moderate",
                "Possible",
                expires,
                List.of(
                        new AlertDraft.Text(
                                "en",
                                "Suspicious package",
                                "Suspicious package at Market Square: keep away",
                                "Officers are checking an unattended package at the Old Town market. Stalls"
                                        + " within 200 metres have been closed while they do.",
                                "Keep away from Market Square and follow the directions of officers and" + " stewards.",
                                "Market Square, Old Town, Port Alder"),
                        new AlertDraft.Text(
                                "fr",
                                "Colis suspect",
                                "Colis suspect place du Marché : éloignez-vous",
                                "La police vérifie un colis abandonné au marché de la vieille ville. Les étals"
                                        + " situés à moins de 200 mètres sont fermés pendant la vérification.",
                                "Éloignez-vous de la place du Marché et suivez les consignes des policiers et"
                                        + " des agents.",
                                "Place du Marché, vieille ville, Port Alder")),
                List.of(GeoJson.writeZone(Zone.circle(MARKET_SQUARE, 200)).toString()));
    }
}
