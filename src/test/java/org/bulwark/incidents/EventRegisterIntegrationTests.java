package org.bulwark.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.bulwark.geo.GeoPoint;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Role;
import org.bulwark.sites.SiteContact;
import org.bulwark.sites.SiteDetails;
import org.bulwark.sites.SiteFixtures;
import org.bulwark.sites.Sites;
import org.bulwark.sites.UseType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class EventRegisterIntegrationTests {

    @Autowired
    MajorEvents events;

    @Autowired
    EventStakeholders stakeholders;

    @Autowired
    Accreditations accreditations;

    @Autowired
    Sites sites;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    private final BulwarkUser coordinator = SiteFixtures.user(Role.COORDINATOR);
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    private UUID event;
    private SiteFixtures.Organisation organiser;
    private SiteFixtures.Organisation caterer;
    private SiteFixtures.Organisation outsider;

    @BeforeEach
    void planEvent() {
        UUID venue = sites.register(new SiteDetails(
                        "Arena " + UUID.randomUUID(),
                        "Event street",
                        new GeoPoint(48.85, 2.35),
                        "retail",
                        UseType.RETAIL_STORE,
                        50,
                        null,
                        SiteContact.NONE,
                        null))
                .id();
        event = events.plan(
                        new MajorEventDraft(
                                "Cup final " + UUID.randomUUID(),
                                now.plus(10, ChronoUnit.DAYS),
                                now.plus(10, ChronoUnit.DAYS).plus(6, ChronoUnit.HOURS),
                                List.of(venue)),
                        coordinator)
                .id();
        organiser = SiteFixtures.organisation(jdbc, "Organiser");
        caterer = SiteFixtures.organisation(jdbc, "Caterer");
        outsider = SiteFixtures.organisation(jdbc, "Outsider");
    }

    @Test
    void stakeholdersArePartnerOrganisationsOrNamedContactsEachWithARole() {
        Stakeholder partner = stakeholders.add(
                event,
                new StakeholderDraft(organiser.id(), null, StakeholderRole.ORGANISER, null, "Stewarding and gates"),
                coordinator);
        Stakeholder contact = stakeholders.add(
                event,
                new StakeholderDraft(
                        null, "Dr Ada Medic", StakeholderRole.AMBULANCE, "+33 1 00 00 00 00", "First aid posts"),
                coordinator);

        assertThat(partner.name()).isEqualTo(organiser.name());
        assertThat(partner.isPartner()).isTrue();
        assertThat(contact.isPartner()).isFalse();
        assertThat(stakeholders.list(event, SiteFixtures.user(Role.ANALYST)))
                .extracting(Stakeholder::id)
                .containsExactly(partner.id(), contact.id());

        stakeholders.remove(event, contact.id(), coordinator);
        assertThat(stakeholders.list(event, coordinator))
                .extracting(Stakeholder::id)
                .containsExactly(partner.id());
    }

    @Test
    void aBadStakeholderIsRefusedFieldByFieldAndNothingIsStored() {
        long before = count("major_event_stakeholder");
        UUID unknown = UUID.randomUUID();

        assertThatThrownBy(() -> stakeholders.add(
                        event,
                        new StakeholderDraft(unknown, null, StakeholderRole.POLICE, null, "Cordons"),
                        coordinator))
                .isInstanceOfSatisfying(
                        InvalidMajorEvent.class,
                        e -> assertThat(e.problems())
                                .singleElement()
                                .satisfies(p -> assertThat(p.message()).contains(unknown.toString())));
        assertThatThrownBy(() -> stakeholders.add(
                        event, new StakeholderDraft(organiser.id(), "Also a name", null, null, " "), coordinator))
                .isInstanceOfSatisfying(
                        InvalidMajorEvent.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidMajorEvent.Problem::field)
                                .containsExactly("role", "name", "responsibility"));
        assertThatThrownBy(() -> stakeholders.add(
                        event,
                        new StakeholderDraft(null, "Sam Steward", StakeholderRole.OTHER, null, "Gates"),
                        coordinator))
                .hasMessageContaining("contact");
        stakeholders.add(
                event,
                new StakeholderDraft(organiser.id(), null, StakeholderRole.ORGANISER, null, "Gates"),
                coordinator);
        assertThatThrownBy(() -> stakeholders.add(
                        event,
                        new StakeholderDraft(organiser.id(), null, StakeholderRole.ORGANISER, null, "Gates"),
                        coordinator))
                .hasMessageContaining("already");
        assertThatThrownBy(() -> stakeholders.add(
                        UUID.randomUUID(),
                        new StakeholderDraft(organiser.id(), null, StakeholderRole.ORGANISER, null, "Gates"),
                        coordinator))
                .isInstanceOf(MajorEventNotFound.class);
        for (Role role : List.of(Role.ANALYST, Role.ADVISOR, Role.OPERATOR)) {
            assertThatThrownBy(() -> stakeholders.add(
                            event,
                            new StakeholderDraft(caterer.id(), null, StakeholderRole.OTHER, null, "Food"),
                            SiteFixtures.user(role)))
                    .isInstanceOf(IncidentsNotPermitted.class);
        }
        assertThat(count("major_event_stakeholder")).isEqualTo(before + 1);
    }

    @Test
    void theStakeholderApiAddsListsRemovesAndAnswersProblems() throws Exception {
        String body = mvc.perform(post("/api/v1/events/{id}/stakeholders", event)
                        .with(user(coordinator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organisation\":\"" + organiser.id()
                                + "\",\"role\":\"organiser\",\"responsibility\":\"Gates\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.role").value("ORGANISER"))
                .andExpect(jsonPath("$.name").value(organiser.name()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        UUID id = UUID.fromString(body.replaceAll("(?s).*?\"id\":\"([0-9a-f-]{36})\".*", "$1"));
        long before = count("major_event_stakeholder");

        mvc.perform(post("/api/v1/events/{id}/stakeholders", event)
                        .with(user(coordinator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Pat\",\"role\":\"MAGICIAN\",\"contact\":\"x\",\"responsibility\":\"y\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("role"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("MAGICIAN")));
        mvc.perform(post("/api/v1/events/{id}/stakeholders", event)
                        .with(user(SiteFixtures.user(Role.ANALYST)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Pat\",\"role\":\"OTHER\",\"contact\":\"x\",\"responsibility\":\"y\"}"))
                .andExpect(status().isForbidden());
        assertThat(count("major_event_stakeholder")).isEqualTo(before);

        mvc.perform(get("/api/v1/events/{id}/stakeholders", event).with(user(SiteFixtures.user(Role.ADVISOR))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1));
        mvc.perform(delete("/api/v1/events/{id}/stakeholders/{s}", event, id).with(user(coordinator)))
                .andExpect(status().isNoContent());
        mvc.perform(delete("/api/v1/events/{id}/stakeholders/{s}", event, id).with(user(coordinator)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void everyStatusChangeIsRecordedWithWhoAndWhenAndTheReasonStaysWithCoordinators() {
        Accreditation person = accreditations.add(
                event,
                new AccreditationDraft("Alex Martin", caterer.id(), null, "Chef", List.of("kitchen", "Pitch")),
                coordinator);
        assertThat(person.status()).isEqualTo(ScreeningStatus.PENDING);
        assertThat(person.employer()).isEqualTo(caterer.name());
        assertThat(person.areas()).containsExactly("KITCHEN", "PITCH");

        BulwarkUser other = SiteFixtures.user(Role.COORDINATOR);
        accreditations.decide(event, person.id(), ScreeningStatus.CLEARED, null, coordinator);
        Accreditation refused =
                accreditations.decide(event, person.id(), ScreeningStatus.REFUSED, "Adverse record", other);
        Accreditation again = accreditations.decide(event, person.id(), ScreeningStatus.REFUSED, null, other);

        assertThat(refused.decidedBy()).isEqualTo(other.displayName());
        assertThat(refused.refusalReason()).isEqualTo("Adverse record");
        assertThat(again.refusalReason()).isEqualTo("Adverse record");
        assertThat(accreditations.history(event, person.id(), coordinator))
                .extracting(AccreditationChange::from, AccreditationChange::to, AccreditationChange::by)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(null, ScreeningStatus.PENDING, coordinator.displayName()),
                        org.assertj.core.groups.Tuple.tuple(
                                ScreeningStatus.PENDING, ScreeningStatus.CLEARED, coordinator.displayName()),
                        org.assertj.core.groups.Tuple.tuple(
                                ScreeningStatus.CLEARED, ScreeningStatus.REFUSED, other.displayName()));

        stakeholders.add(
                event,
                new StakeholderDraft(organiser.id(), null, StakeholderRole.POLICE, null, "Screening"),
                coordinator);
        BulwarkUser police = SiteFixtures.operatorOf(jdbc, organiser);
        assertThat(accreditations.get(event, person.id(), police).refusalReason())
                .isNull();
        assertThat(accreditations.register(event, null, null, police).people())
                .singleElement()
                .satisfies(a -> assertThat(a.refusalReason()).isNull());
        assertThatThrownBy(() -> accreditations.history(event, person.id(), police))
                .isInstanceOf(IncidentsNotPermitted.class);

        Accreditation withdrawn =
                accreditations.decide(event, person.id(), ScreeningStatus.WITHDRAWN, null, coordinator);
        assertThat(withdrawn.refusalReason()).isNull();
    }

    @Test
    void organisersAndPoliceReadTheWholeRegisterOtherStakeholdersTheirOwnPeopleAndOthersNothing() {
        stakeholders.add(
                event, new StakeholderDraft(organiser.id(), null, StakeholderRole.ORGANISER, null, "All"), coordinator);
        stakeholders.add(
                event, new StakeholderDraft(caterer.id(), null, StakeholderRole.OTHER, null, "Food"), coordinator);
        Accreditation chef = accreditations.add(
                event, new AccreditationDraft("Chef One", caterer.id(), null, "Chef", List.of("KITCHEN")), coordinator);
        Accreditation steward = accreditations.add(
                event,
                new AccreditationDraft("Steward Two", null, "Gate Co", "Steward", List.of("GATES")),
                coordinator);

        BulwarkUser organiserOperator = SiteFixtures.operatorOf(jdbc, organiser);
        BulwarkUser catererOperator = SiteFixtures.operatorOf(jdbc, caterer);
        BulwarkUser outsiderOperator = SiteFixtures.operatorOf(jdbc, outsider);

        AccreditationRegister whole = accreditations.register(event, null, null, organiserOperator);
        assertThat(whole.whole()).isTrue();
        assertThat(whole.people()).extracting(Accreditation::id).containsExactly(chef.id(), steward.id());

        AccreditationRegister own = accreditations.register(event, null, null, catererOperator);
        assertThat(own.whole()).isFalse();
        assertThat(own.people()).extracting(Accreditation::id).containsExactly(chef.id());
        assertThat(own.total()).isEqualTo(1);
        assertThatThrownBy(() -> accreditations.get(event, steward.id(), catererOperator))
                .isInstanceOf(MajorEventNotFound.class);

        for (BulwarkUser refused : List.of(
                outsiderOperator,
                SiteFixtures.user(Role.ANALYST),
                SiteFixtures.user(Role.ADVISOR),
                SiteFixtures.user(Role.OVERSEER))) {
            assertThatThrownBy(() -> accreditations.register(event, null, null, refused))
                    .isInstanceOf(IncidentsNotPermitted.class);
            assertThat(accreditations.mayRead(event, refused)).isFalse();
        }
        assertThatThrownBy(() -> accreditations.add(
                        event,
                        new AccreditationDraft("Sneaky", null, "Gate Co", "Steward", List.of("GATES")),
                        organiserOperator))
                .isInstanceOf(IncidentsNotPermitted.class);
        assertThatThrownBy(
                        () -> accreditations.decide(event, chef.id(), ScreeningStatus.CLEARED, null, organiserOperator))
                .isInstanceOf(IncidentsNotPermitted.class);
        assertThat(accreditations.get(event, chef.id(), coordinator).status()).isEqualTo(ScreeningStatus.PENDING);
    }

    @Test
    void theRegisterIsSearchedByNameOrEmployerWithCountsByStatus() {
        Accreditation ann = accreditations.add(
                event,
                new AccreditationDraft("Ann Archer", null, "Stage_Crew Ltd", "Rigger", List.of("STAGE")),
                coordinator);
        Accreditation bob = accreditations.add(
                event,
                new AccreditationDraft("Bob Baker", null, "Bakery 100%", "Baker", List.of("KITCHEN")),
                coordinator);
        accreditations.add(
                event, new AccreditationDraft("Cy Cole", null, "Gate Co", "Steward", List.of("GATES")), coordinator);
        accreditations.decide(event, ann.id(), ScreeningStatus.CLEARED, null, coordinator);

        assertThat(accreditations.register(event, "archer", null, coordinator).people())
                .extracting(Accreditation::id)
                .containsExactly(ann.id());
        assertThat(accreditations.register(event, "100%", null, coordinator).people())
                .extracting(Accreditation::id)
                .containsExactly(bob.id());
        // a wildcard of SQL is matched as itself
        assertThat(accreditations.register(event, "e_c", null, coordinator).people())
                .extracting(Accreditation::id)
                .containsExactly(ann.id());
        AccreditationRegister pending = accreditations.register(event, null, ScreeningStatus.PENDING, coordinator);
        assertThat(pending.people()).hasSize(2);
        assertThat(pending.counts())
                .containsEntry(ScreeningStatus.PENDING, 2L)
                .containsEntry(ScreeningStatus.CLEARED, 1L)
                .containsEntry(ScreeningStatus.REFUSED, 0L)
                .containsEntry(ScreeningStatus.WITHDRAWN, 0L);
        assertThat(pending.total()).isEqualTo(3);
    }

    @Test
    void badAccreditationInputIsRefusedClearlyAndChangesNothing() throws Exception {
        Accreditation person = accreditations.add(
                event, new AccreditationDraft("Dee Dean", null, "Gate Co", "Steward", List.of("GATES")), coordinator);
        long before = count("event_accreditation") + count("event_accreditation_change");

        assertThatThrownBy(() -> accreditations.add(
                        event, new AccreditationDraft(" ", null, null, null, List.of("=cmd()")), coordinator))
                .isInstanceOfSatisfying(
                        InvalidMajorEvent.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidMajorEvent.Problem::field)
                                .containsExactly("name", "role", "employer", "areas"));
        assertThatThrownBy(() -> accreditations.add(
                        event,
                        new AccreditationDraft("Eve", caterer.id(), "Also named", "Chef", List.of("KITCHEN")),
                        coordinator))
                .hasMessageContaining("not both");
        assertThatThrownBy(() -> accreditations.decide(
                        event, person.id(), ScreeningStatus.CLEARED, "no reason for this", coordinator))
                .hasMessageContaining("only for REFUSED");
        assertThatThrownBy(() ->
                        accreditations.decide(event, UUID.randomUUID(), ScreeningStatus.CLEARED, null, coordinator))
                .isInstanceOf(MajorEventNotFound.class);

        mvc.perform(post("/api/v1/events/{id}/accreditations/{a}/status", event, person.id())
                        .with(user(coordinator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"APPROVED\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("status"))
                .andExpect(
                        jsonPath("$.errors[0].reason").value(containsString("PENDING, CLEARED, REFUSED, WITHDRAWN")));
        mvc.perform(post("/api/v1/events/{id}/accreditations", event)
                        .with(user(coordinator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"\",\"employer\":\"Gate Co\",\"role\":\"Steward\",\"areas\":[\"GATES\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        mvc.perform(post("/events/{id}/accreditations/{a}/status", event, person.id())
                        .with(user(coordinator))
                        .with(csrf())
                        .param("status", "MAYBE"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("MAYBE")));

        assertThat(count("event_accreditation") + count("event_accreditation_change"))
                .isEqualTo(before);
        assertThat(accreditations.get(event, person.id(), coordinator).status()).isEqualTo(ScreeningStatus.PENDING);
    }

    @Test
    void anEventThatEndedTakesNoMoreChangesToItsRegister() throws Exception {
        Accreditation person = accreditations.add(
                event, new AccreditationDraft("Fay Ford", null, "Gate Co", "Steward", List.of("GATES")), coordinator);
        endedAgo(1);
        long before = count("event_accreditation") + count("event_accreditation_change");

        assertThatThrownBy(() -> accreditations.add(
                        event,
                        new AccreditationDraft("Gus", null, "Gate Co", "Steward", List.of("GATES")),
                        coordinator))
                .isInstanceOf(MajorEventChangeRefused.class)
                .hasMessageContaining("ended");
        mvc.perform(post("/api/v1/events/{id}/accreditations/{a}/status", event, person.id())
                        .with(user(coordinator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"CLEARED\"}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("ended")));
        mvc.perform(post("/events/{id}/accreditations", event)
                        .with(user(coordinator))
                        .with(csrf())
                        .param("name", "Hal")
                        .param("employer", "Gate Co")
                        .param("role", "Steward")
                        .param("areas", "GATES"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("ended")));

        assertThat(count("event_accreditation") + count("event_accreditation_change"))
                .isEqualTo(before);
        assertThat(accreditations.get(event, person.id(), coordinator).status()).isEqualTo(ScreeningStatus.PENDING);
    }

    @Test
    void theRegisterIsDeletedWithItsHistoryOnceTheEventIsPastItsRetentionAndOnlyCountsRemain() {
        Accreditation person = accreditations.add(
                event, new AccreditationDraft("Ida Irwin", null, "Gate Co", "Steward", List.of("GATES")), coordinator);
        accreditations.decide(event, person.id(), ScreeningStatus.CLEARED, null, coordinator);
        accreditations.add(
                event, new AccreditationDraft("Jo Jones", null, "Gate Co", "Steward", List.of("GATES")), coordinator);

        endedAgo(89);
        accreditations.purgeExpired(Instant.now());
        assertThat(accreditations.register(event, null, null, coordinator).total())
                .isEqualTo(2);

        endedAgo(91);
        assertThat(accreditations.purgeExpired(Instant.now())).isGreaterThanOrEqualTo(2);

        AccreditationRegister register = accreditations.register(event, null, null, coordinator);
        assertThat(register.total()).isZero();
        assertThat(register.purgedAt()).isNotNull();
        assertThat(register.purged()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from event_accreditation_change where event_id = ?")
                        .param(event)
                        .query(Long.class)
                        .single())
                .isZero();
        // a second run finds nothing more to delete and keeps the record
        accreditations.purgeExpired(Instant.now());
        assertThat(accreditations.register(event, null, null, coordinator).purged())
                .isEqualTo(2);
    }

    @Test
    void theDeskExportsTheReadableRegisterAsCsvWithoutReasonsAndWithFormulasDefused() throws Exception {
        Accreditation person = accreditations.add(
                event,
                new AccreditationDraft(
                        "=HYPERLINK(\"x\")", null, "Smith, Jones & Co", "Steward", List.of("GATES", "PITCH")),
                coordinator);
        accreditations.decide(event, person.id(), ScreeningStatus.REFUSED, "Secret reason", coordinator);
        Accreditation chef = accreditations.add(
                event, new AccreditationDraft("Kim Cook", caterer.id(), null, "Chef", List.of("KITCHEN")), coordinator);
        stakeholders.add(
                event, new StakeholderDraft(caterer.id(), null, StakeholderRole.OTHER, null, "Food"), coordinator);

        String csv = mvc.perform(
                        get("/api/v1/events/{id}/accreditations.csv", event).with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(csv.split("\r\n"))
                .containsExactly(
                        "name,employer,role,areas,status,decided_at,decided_by",
                        "\"'=HYPERLINK(\"\"x\"\")\",\"Smith, Jones & Co\",Steward,GATES PITCH,REFUSED,"
                                + csvTime(accreditations
                                        .get(event, person.id(), coordinator)
                                        .decidedAt()) + ","
                                + coordinator.displayName(),
                        "Kim Cook," + caterer.name() + ",Chef,KITCHEN,PENDING," + csvTime(chef.decidedAt()) + ","
                                + coordinator.displayName());
        assertThat(csv).doesNotContain("Secret reason");

        BulwarkUser catererOperator = SiteFixtures.operatorOf(jdbc, caterer);
        mvc.perform(get("/events/{id}/accreditations.csv", event)
                        .with(user(catererOperator))
                        .param("status", "PENDING"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kim Cook")))
                .andExpect(content().string(not(containsString("HYPERLINK"))));
        mvc.perform(get("/api/v1/events/{id}/accreditations.csv", event).with(user(SiteFixtures.user(Role.ANALYST))))
                .andExpect(status().isForbidden());
    }

    @Test
    void theCoordinatorKeepsStakeholdersAndTheRegisterThroughThePages() throws Exception {
        mvc.perform(post("/events/{id}/stakeholders", event)
                        .with(user(coordinator))
                        .with(csrf())
                        .param("organisationName", caterer.name().toUpperCase(java.util.Locale.ROOT))
                        .param("role", "SECURITY_CONTRACTOR")
                        .param("responsibility", "Bag searches"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/events/{id}/stakeholders", event)
                        .with(user(coordinator))
                        .with(csrf())
                        .param("organisationName", "No such partner")
                        .param("role", "POLICE")
                        .param("responsibility", "Cordons"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("No such partner")));
        mvc.perform(post("/events/{id}/accreditations", event)
                        .with(user(coordinator))
                        .with(csrf())
                        .param("name", "Lee Long")
                        .param("employer", caterer.name())
                        .param("role", "Searcher")
                        .param("areas", "gates, pitch"))
                .andExpect(status().is3xxRedirection());
        Accreditation lee = accreditations
                .register(event, "Lee Long", null, coordinator)
                .people()
                .get(0);
        assertThat(lee.organisation()).isEqualTo(caterer.id());
        assertThat(lee.areas()).containsExactly("GATES", "PITCH");
        mvc.perform(post("/events/{id}/accreditations/{a}/status", event, lee.id())
                        .with(user(coordinator))
                        .with(csrf())
                        .param("status", "REFUSED")
                        .param("reason", "Not vetted in time"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/events/{id}", event).with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(caterer.name())))
                .andExpect(content().string(containsString("Bag searches")))
                .andExpect(content().string(containsString("Refused: 1")));
        mvc.perform(get("/events/{id}/accreditations", event)
                        .with(user(coordinator))
                        .param("lang", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lee Long")))
                .andExpect(content().string(containsString("Not vetted in time")))
                .andExpect(content().string(containsString("Refusée : 1")));
        BulwarkUser catererOperator = SiteFixtures.operatorOf(jdbc, caterer);
        mvc.perform(get("/events/{id}/accreditations", event).with(user(catererOperator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lee Long")))
                .andExpect(content().string(not(containsString("Not vetted in time"))))
                .andExpect(content().string(not(containsString("accreditation-form"))));
        mvc.perform(get("/events/{id}/accreditations", event).with(user(SiteFixtures.operatorOf(jdbc, outsider))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/events/{id}", event).with(user(SiteFixtures.user(Role.ANALYST))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bag searches")))
                .andExpect(content().string(not(containsString("open-register"))));
    }

    private void endedAgo(long days) {
        Instant end = Instant.now().minus(days, ChronoUnit.DAYS);
        jdbc.sql("update major_event set starts_at = ?, ends_at = ? where id = ?")
                .params(end.minus(6, ChronoUnit.HOURS).atOffset(ZoneOffset.UTC), end.atOffset(ZoneOffset.UTC), event)
                .update();
    }

    private static String csvTime(Instant at) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .withZone(ZoneOffset.UTC)
                .format(at);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
