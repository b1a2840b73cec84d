package org.bulwark.demo;

import java.util.List;
import java.util.UUID;
import org.bulwark.identity.Reader;
import org.bulwark.sharing.BulletinDraft;
import org.bulwark.sharing.BulletinKind;
import org.bulwark.sharing.Bulletins;

/**
 * A few published bulletins of the kinds a network shares every week, written and published through the sharing
 * module's API by the demo's police and one partner, so that inboxes, search and acknowledgements have content.
 */
final class DemoBulletins {

    private DemoBulletins() {}

    static void publish(Bulletins bulletins, Reader coordinator, Reader advisor, Reader operator, UUID harbourside) {
        published(
                bulletins,
                coordinator,
                coordinator,
                new BulletinDraft(
                        BulletinKind.WEEKLY_BRIEFING,
                        "AMBER",
                        "Weekly briefing: crowded places over the festive season",
                        """
                        ## The national picture

                        The national threat level stays at **SUBSTANTIAL**: an attack is likely. Nothing points to a
                        specific plan against Port Alder.

                        ## What partners reported this week

                        - Two reports of people filming staff entrances and asking about delivery times.
                        - One unattended bag at the ferry terminal, resolved within 20 minutes.

                        ## What we ask of you

                        1. Brief front-of-house staff on the Run, Hide, Tell advice before the Christmas markets open.
                        2. Check that your lockdown procedure names who closes each door.
                        3. Report anything out of the ordinary through Bulwark, however small.
                        """,
                        List.of("network"),
                        true,
                        null));
        published(
                bulletins,
                coordinator,
                coordinator,
                new BulletinDraft(
                        BulletinKind.THREAT_UPDATE,
                        "GREEN",
                        "Winter events: vehicle access to pedestrian zones",
                        """
                        Recent attacks abroad used vehicles against crowds at winter markets. Organisers of open-air
                        events and venues with queues on the street should review **hostile vehicle mitigation** with
                        their security advisor, and keep temporary barriers closed while crowds are present.
                        """,
                        List.of("sector:major-events", "sector:stadia-arenas", "sector:visitor-attractions"),
                        false,
                        null));
        published(
                bulletins,
                advisor,
                coordinator,
                new BulletinDraft(
                        BulletinKind.ADVISORY,
                        "CLEAR",
                        "Run, Hide, Tell: a ten-minute refresher for front-of-house staff",
                        """
                        A short briefing any supervisor can give at the start of a shift:

                        - **Run** to a place of safety, if there is a safe route; leave belongings behind.
                        - **Hide** if you cannot run: lock yourself in, silence phones, stay away from doors.
                        - **Tell** the police by calling 999 when it is safe to do so.

                        The national guidance and its training film are free to share with staff and volunteers.
                        """,
                        List.of("network"),
                        false,
                        null));
        published(
                bulletins,
                coordinator,
                coordinator,
                new BulletinDraft(
                        BulletinKind.INTELLIGENCE_PRODUCT,
                        "AMBER+STRICT",
                        "Repeated photography of Harbourside service entrances",
                        """
                        Over three evenings, the same two people were seen photographing the service entrances of
                        venues around the harbour and noting when doors were opened. Their behaviour matches the
                        *observation/surveillance* indicator.

                        Please check your CCTV for the evenings of the last week and report what you find. Keep this
                        within your organisation.
                        """,
                        List.of("group:" + harbourside),
                        true,
                        null));
        UUID note = bulletins.create(
                operator,
                new BulletinDraft(
                        BulletinKind.PARTNER_NOTE,
                        "GREEN",
                        "Harbour Arena: new bag policy from next month",
                        """
                        From next month only bags smaller than A4 are allowed into Harbour Arena events, with a bag
                        drop at the box office. Neighbouring venues may see more people asking to leave bags with them.
                        """,
                        List.of("network"),
                        false,
                        null));
        bulletins.submitForReview(operator, note);
        bulletins.publish(coordinator, note);
    }

    private static void published(Bulletins bulletins, Reader author, Reader publisher, BulletinDraft draft) {
        UUID id = bulletins.create(author, draft);
        if (!author.equals(publisher)) {
            bulletins.submitForReview(author, id);
        }
        bulletins.publish(publisher, id);
    }
}
