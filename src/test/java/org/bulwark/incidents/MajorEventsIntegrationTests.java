package org.bulwark.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
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
class MajorEventsIntegrationTests {

    @Autowired
    MajorEvents events;

    @Autowired
    Sites sites;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    private final BulwarkUser coordinator = SiteFixtures.user(Role.COORDINATOR);
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    private UUID stadium;
    private UUID fanZone;

    @BeforeEach
    void registerVenues() {
        stadium = site("Stadium");
        fanZone = site("Fan zone");
    }

    @Test
    void planningStoresTheVenuesAndStartsPreparatory() {
        MajorEvent event = events.plan(draft("Final", in(10, ChronoUnit.DAYS), stadium, fanZone), coordinator);

        assertThat(event.phase()).isEqualTo(MajorEventPhase.PREPARATORY);
        assertThat(event.venues()).containsExactlyInAnyOrder(stadium, fanZone);
        assertThat(event.history()).singleElement().satisfies(change -> {
            assertThat(change.from()).isNull();
            assertThat(change.to()).isEqualTo(MajorEventPhase.PREPARATORY);
            assertThat(change.by()).isEqualTo(coordinator.displayName());
        });
        assertThat(events.get(event.id(), SiteFixtures.user(Role.ANALYST)).venues())
                .containsExactlyInAnyOrder(stadium, fanZone);
    }

    @Test
    void anUnknownVenueIsRefusedAndNothingIsStored() {
        long before = count("major_event");
        UUID unknown = UUID.randomUUID();

        assertThatThrownBy(() -> events.plan(draft("Final", in(10, ChronoUnit.DAYS), stadium, unknown), coordinator))
                .isInstanceOfSatisfying(
                        InvalidMajorEvent.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                            assertThat(p.field()).isEqualTo("venues");
                            assertThat(p.message()).contains(unknown.toString()).doesNotContain(stadium.toString());
                        }));
        assertThat(count("major_event")).isEqualTo(before);
        assertThat(count("major_event_venue where site_id = '" + stadium + "'")).isZero();
    }

    @Test
    void anEventThatEndsBeforeItStartsIsRefusedOverTheApi() throws Exception {
        long before = count("major_event");
        Instant start = in(10, ChronoUnit.DAYS);

        mvc.perform(post("/api/v1/events")
                        .with(user(coordinator))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Final\",\"startsAt\":\"" + start + "\",\"endsAt\":\""
                                + start.minus(1, ChronoUnit.HOURS) + "\",\"venues\":[\"" + stadium + "\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("endsAt"));
        assertThat(count("major_event")).isEqualTo(before);
    }

    @Test
    void phasesMoveForwardOneAtATimeWithTheirHistory() {
        MajorEvent event = events.plan(draft("Parade", in(10, ChronoUnit.DAYS), stadium), coordinator);

        MajorEvent alert = events.advance(event.id(), MajorEventPhase.ALERT, coordinator);
        assertThat(alert.phase()).isEqualTo(MajorEventPhase.ALERT);

        assertThatThrownBy(() -> events.advance(event.id(), MajorEventPhase.PREPARATORY, coordinator))
                .isInstanceOf(PhaseChangeRefused.class);
        assertThatThrownBy(() -> events.advance(event.id(), MajorEventPhase.ALERT, coordinator))
                .isInstanceOf(PhaseChangeRefused.class);
        assertThatThrownBy(() -> events.advance(event.id(), MajorEventPhase.DEBRIEF, coordinator))
                .isInstanceOf(PhaseChangeRefused.class);

        events.advance(event.id(), MajorEventPhase.OPERATIONAL, coordinator);
        MajorEvent debrief = events.advance(event.id(), MajorEventPhase.DEBRIEF, coordinator);

        assertThat(debrief.phase()).isEqualTo(MajorEventPhase.DEBRIEF);
        assertThat(debrief.history())
                .extracting(PhaseChange::to)
                .containsExactly(
                        MajorEventPhase.PREPARATORY,
                        MajorEventPhase.ALERT,
                        MajorEventPhase.OPERATIONAL,
                        MajorEventPhase.DEBRIEF);
        assertThat(debrief.history()).noneMatch(PhaseChange::isAutomatic);
        assertThat(debrief.history().get(2).from()).isEqualTo(MajorEventPhase.ALERT);
        assertThatThrownBy(() -> events.advance(event.id(), MajorEventPhase.DEBRIEF, coordinator))
                .isInstanceOf(PhaseChangeRefused.class);
    }

    @Test
    void aBackwardPhaseIsRefusedOverTheApiWithAConflict() throws Exception {
        MajorEvent event = events.plan(draft("Parade", in(10, ChronoUnit.DAYS), stadium), coordinator);
        events.advance(event.id(), MajorEventPhase.ALERT, coordinator);

        mvc.perform(post("/api/v1/events/{id}/phase", event.id())
                        .with(user(coordinator))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"phase\":\"PREPARATORY\"}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        assertThat(events.get(event.id(), coordinator).phase()).isEqualTo(MajorEventPhase.ALERT);
    }

    @Test
    void theSwitchMakesAnEventOperational24HoursBeforeItStartsAndLeavesLaterOnesAlone() {
        MajorEvent soon = events.plan(draft("Soon", in(25, ChronoUnit.HOURS), stadium), coordinator);
        MajorEvent later = events.plan(draft("Later", in(27, ChronoUnit.HOURS), stadium), coordinator);
        assertThat(events.get(soon.id(), coordinator).phase()).isEqualTo(MajorEventPhase.PREPARATORY);

        // two hours on, the first starts in 23 hours and the second in 25
        events.switchToOperational(now.plus(2, ChronoUnit.HOURS));

        MajorEvent switched = events.get(soon.id(), coordinator);
        assertThat(switched.phase()).isEqualTo(MajorEventPhase.OPERATIONAL);
        assertThat(switched.history()).last().satisfies(change -> {
            assertThat(change.isAutomatic()).isTrue();
            assertThat(change.from()).isEqualTo(MajorEventPhase.PREPARATORY);
            assertThat(change.to()).isEqualTo(MajorEventPhase.OPERATIONAL);
        });
        assertThat(events.get(later.id(), coordinator).phase()).isEqualTo(MajorEventPhase.PREPARATORY);

        // a second run changes nothing more
        events.switchToOperational(now.plus(2, ChronoUnit.HOURS));
        assertThat(events.get(soon.id(), coordinator).history()).hasSize(2);
    }

    @Test
    void readingAnEventThatStartsIn23HoursShowsItOperationalWithoutWaitingForTheJob() {
        MajorEvent event = events.plan(draft("Moved forward", in(3, ChronoUnit.DAYS), stadium), coordinator);
        events.advance(event.id(), MajorEventPhase.ALERT, coordinator);
        jdbc.sql("update major_event set starts_at = ? where id = ?")
                .params(in(23, ChronoUnit.HOURS).atOffset(ZoneOffset.UTC), event.id())
                .update();

        MajorEvent read = events.get(event.id(), SiteFixtures.user(Role.ADVISOR));

        assertThat(read.phase()).isEqualTo(MajorEventPhase.OPERATIONAL);
        assertThat(read.history()).last().satisfies(change -> {
            assertThat(change.isAutomatic()).isTrue();
            assertThat(change.from()).isEqualTo(MajorEventPhase.ALERT);
        });
    }

    @Test
    void anEventPlannedWithin24HoursOfItsStartIsOperationalAtOnce() throws Exception {
        MajorEvent event = events.plan(draft("Short notice", in(23, ChronoUnit.HOURS), stadium), coordinator);

        assertThat(event.phase()).isEqualTo(MajorEventPhase.OPERATIONAL);
        mvc.perform(get("/api/v1/events/{id}", event.id()).with(user(SiteFixtures.user(Role.ANALYST))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.phase").value("OPERATIONAL"))
                .andExpect(jsonPath("$.history[1].automatic").value(true))
                .andExpect(jsonPath("$.history[1].by").doesNotExist());
    }

    @Test
    void aDebriefedOrOperationalEventIsNotSwitchedAgain() {
        MajorEvent event = events.plan(draft("Done", in(30, ChronoUnit.HOURS), stadium), coordinator);
        events.advance(event.id(), MajorEventPhase.ALERT, coordinator);
        events.advance(event.id(), MajorEventPhase.OPERATIONAL, coordinator);
        events.advance(event.id(), MajorEventPhase.DEBRIEF, coordinator);

        events.switchToOperational(now.plus(Duration.ofHours(10)));

        MajorEvent read = events.get(event.id(), coordinator);
        assertThat(read.phase()).isEqualTo(MajorEventPhase.DEBRIEF);
        assertThat(read.history()).noneMatch(PhaseChange::isAutomatic);
    }

    @Test
    void tasksAreAddedTickedAndUnticked() throws Exception {
        MajorEvent event = events.plan(draft("Summit", in(10, ChronoUnit.DAYS), stadium), coordinator);
        String body = mvc.perform(post("/api/v1/events/{id}/tasks", event.id())
                        .with(user(coordinator))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"phase\":\"ALERT\",\"title\":\"Check the barriers\",\"owner\":\"City works\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.done").value(false))
                .andReturn()
                .getResponse()
                .getContentAsString();
        UUID task = UUID.fromString(body.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1"));

        mvc.perform(post("/api/v1/events/{id}/tasks/{task}/done", event.id(), task)
                        .with(user(coordinator))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.done").value(true))
                .andExpect(jsonPath("$.doneBy").value(coordinator.displayName()));
        assertThat(events.get(event.id(), coordinator).tasksOf(MajorEventPhase.ALERT))
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.isDone()).isTrue();
                    assertThat(t.owner()).isEqualTo("City works");
                });
        assertThat(events.get(event.id(), coordinator).tasksOf(MajorEventPhase.PREPARATORY))
                .isEmpty();

        mvc.perform(post("/api/v1/events/{id}/tasks/{task}/undone", event.id(), task)
                        .with(user(coordinator))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.done").value(false));
        assertThat(events.get(event.id(), coordinator).tasks())
                .singleElement()
                .satisfies(t -> assertThat(t.isDone()).isFalse());

        mvc.perform(post("/api/v1/events/{id}/tasks", event.id())
                        .with(user(coordinator))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"phase\":\"ALERT\",\"title\":\" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(2));
        assertThat(events.get(event.id(), coordinator).tasks()).hasSize(1);
    }

    @Test
    void onlyCoordinatorsChangeAndOnlyCoordinatorsAnalystsAndAdvisorsRead() throws Exception {
        MajorEvent event = events.plan(draft("Concert", in(10, ChronoUnit.DAYS), stadium), coordinator);
        long before = count("major_event");

        for (Role reader : List.of(Role.ANALYST, Role.ADVISOR)) {
            mvc.perform(get("/events/{id}", event.id()).with(user(SiteFixtures.user(reader))))
                    .andExpect(status().isOk());
            mvc.perform(post("/api/v1/events/{id}/phase", event.id())
                            .with(user(SiteFixtures.user(reader)))
                            .with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"phase\":\"ALERT\"}"))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/events/new").with(user(SiteFixtures.user(reader))))
                    .andExpect(status().isForbidden());
        }
        for (Role other : List.of(Role.OPERATOR, Role.INTEGRATION, Role.OVERSEER, Role.ADMIN)) {
            mvc.perform(get("/events").with(user(SiteFixtures.user(other)))).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/events/{id}", event.id()).with(user(SiteFixtures.user(other))))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/api/v1/events")
                        .with(user(SiteFixtures.user(Role.ANALYST)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Not mine\",\"startsAt\":\"" + in(5, ChronoUnit.DAYS) + "\",\"endsAt\":\""
                                + in(6, ChronoUnit.DAYS) + "\",\"venues\":[\"" + stadium + "\"]}"))
                .andExpect(status().isForbidden());
        assertThat(count("major_event")).isEqualTo(before);
        assertThat(events.get(event.id(), coordinator).phase()).isEqualTo(MajorEventPhase.PREPARATORY);
    }

    @Test
    void theCoordinatorPlansMovesAndTicksThroughThePages() throws Exception {
        String start = in(10, ChronoUnit.DAYS)
                .atOffset(ZoneOffset.UTC)
                .toLocalDateTime()
                .toString();
        String end = in(11, ChronoUnit.DAYS)
                .atOffset(ZoneOffset.UTC)
                .toLocalDateTime()
                .toString();
        String location = mvc.perform(post("/events")
                        .with(user(coordinator))
                        .with(csrf())
                        .param("name", "Marathon")
                        .param("startsAt", start)
                        .param("endsAt", end)
                        .param("venues", stadium + "\n" + fanZone))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/events/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        UUID id = UUID.fromString(location.substring("/events/".length()));

        mvc.perform(post("/events/{id}/tasks", id)
                        .with(user(coordinator))
                        .with(csrf())
                        .param("phase", "PREPARATORY")
                        .param("title", "Brief the stewards")
                        .param("owner", "Stadium security"))
                .andExpect(status().is3xxRedirection());
        UUID task = events.get(id, coordinator).tasks().get(0).id();
        mvc.perform(post("/events/{id}/tasks/{task}", id, task)
                        .with(user(coordinator))
                        .with(csrf())
                        .param("done", "true"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/events/{id}/phase", id)
                        .with(user(coordinator))
                        .with(csrf())
                        .param("phase", "ALERT"))
                .andExpect(status().is3xxRedirection());

        MajorEvent event = events.get(id, coordinator);
        assertThat(event.phase()).isEqualTo(MajorEventPhase.ALERT);
        assertThat(event.tasks())
                .singleElement()
                .satisfies(t -> assertThat(t.isDone()).isTrue());
        mvc.perform(get("/events/{id}", id).with(user(coordinator)).param("lang", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Brief the stewards")))
                .andExpect(content().string(containsString("Passer à la phase")));

        long before = count("major_event");
        mvc.perform(post("/events")
                        .with(user(coordinator))
                        .with(csrf())
                        .param("name", "Broken")
                        .param("startsAt", start)
                        .param("endsAt", end)
                        .param("venues", "not-an-id"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("not-an-id")));
        assertThat(count("major_event")).isEqualTo(before);
    }

    private Instant in(long amount, ChronoUnit unit) {
        return now.plus(amount, unit);
    }

    private static MajorEventDraft draft(String name, Instant startsAt, UUID... venues) {
        return new MajorEventDraft(name, startsAt, startsAt.plus(6, ChronoUnit.HOURS), List.of(venues));
    }

    private UUID site(String name) {
        return sites.register(new SiteDetails(
                        name + " " + UUID.randomUUID(),
                        "Event street",
                        new GeoPoint(48.85, 2.35),
                        "retail",
                        UseType.RETAIL_STORE,
                        50,
                        null,
                        SiteContact.NONE,
                        null))
                .id();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
