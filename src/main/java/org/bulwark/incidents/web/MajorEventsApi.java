package org.bulwark.incidents.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.incidents.EventTask;
import org.bulwark.incidents.MajorEvent;
import org.bulwark.incidents.MajorEventDraft;
import org.bulwark.incidents.MajorEventPhase;
import org.bulwark.incidents.MajorEvents;
import org.bulwark.incidents.PhaseChange;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Planned major events over the API, through the same access rule as the pages. */
@RestController
@Tag(name = "Major events", description = "Planned major events: venues, phases with their checklists")
class MajorEventsApi {

    private final MajorEvents events;

    MajorEventsApi(MajorEvents events) {
        this.events = events;
    }

    record PlanJson(
            @Nullable String name,
            @Nullable Instant startsAt,
            @Nullable Instant endsAt,
            @Nullable List<UUID> venues) {}

    record PhaseJson(@Nullable MajorEventPhase phase) {}

    record TaskJson(
            @Nullable MajorEventPhase phase,
            @Nullable String title,
            @Nullable String owner) {}

    record TaskView(
            UUID id,
            MajorEventPhase phase,
            String title,
            String owner,
            boolean done,
            @Nullable Instant doneAt,
            @Nullable String doneBy) {

        static TaskView of(EventTask task) {
            return new TaskView(
                    task.id(), task.phase(), task.title(), task.owner(), task.isDone(), task.doneAt(), task.doneBy());
        }
    }

    record PhaseChangeView(
            @Nullable MajorEventPhase from,
            MajorEventPhase to,
            Instant at,
            @Nullable String by,
            boolean automatic) {

        static PhaseChangeView of(PhaseChange change) {
            return new PhaseChangeView(change.from(), change.to(), change.at(), change.by(), change.isAutomatic());
        }
    }

    record EventView(
            UUID id,
            String name,
            Instant startsAt,
            Instant endsAt,
            MajorEventPhase phase,
            Instant phaseChangedAt,
            String createdBy,
            List<UUID> venues,
            List<TaskView> tasks,
            List<PhaseChangeView> history) {

        static EventView of(MajorEvent event) {
            return new EventView(
                    event.id(),
                    event.name(),
                    event.startsAt(),
                    event.endsAt(),
                    event.phase(),
                    event.phaseChangedAt(),
                    event.createdBy(),
                    event.venues(),
                    event.tasks().stream().map(TaskView::of).toList(),
                    event.history().stream().map(PhaseChangeView::of).toList());
        }
    }

    @PostMapping("/api/v1/events")
    @Operation(
            summary = "Plan a major event at one or more registered sites",
            description = "venues are site identifiers of the registry; endsAt must be after startsAt. The event"
                    + " starts PREPARATORY and becomes OPERATIONAL on its own 24 hours before startsAt."
                    + " Coordinators only.")
    ResponseEntity<EventView> plan(@AuthenticationPrincipal BulwarkUser user, @RequestBody PlanJson plan) {
        MajorEvent event = events.plan(
                new MajorEventDraft(
                        plan.name(), plan.startsAt(), plan.endsAt(), plan.venues() == null ? List.of() : plan.venues()),
                user);
        return ResponseEntity.created(URI.create("/api/v1/events/" + event.id()))
                .body(EventView.of(event));
    }

    @GetMapping("/api/v1/events")
    @Operation(summary = "Every major event, the soonest to start first")
    List<EventView> list(@AuthenticationPrincipal BulwarkUser user) {
        return events.list(user).stream().map(EventView::of).toList();
    }

    @GetMapping("/api/v1/events/{id}")
    @Operation(summary = "One major event with its venues, checklists and phase history")
    EventView get(@AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id) {
        return EventView.of(events.get(id, user));
    }

    @PostMapping("/api/v1/events/{id}/phase")
    @Operation(
            summary = "Move the event to its next phase",
            description = "phase must be the one after the current phase (PREPARATORY, ALERT, OPERATIONAL,"
                    + " DEBRIEF); any other answers 409, so that a repeated request never skips a phase.")
    EventView advance(@AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id, @RequestBody PhaseJson body) {
        return EventView.of(events.advance(id, body.phase(), user));
    }

    @PostMapping("/api/v1/events/{id}/tasks")
    @Operation(summary = "Add a task with its owner (a person or an organisation) to a phase's checklist")
    ResponseEntity<TaskView> addTask(
            @AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id, @RequestBody TaskJson task) {
        EventTask added = events.addTask(id, task.phase(), task.title(), task.owner(), user);
        return ResponseEntity.created(URI.create("/api/v1/events/" + id + "/tasks/" + added.id()))
                .body(TaskView.of(added));
    }

    @PostMapping("/api/v1/events/{id}/tasks/{task}/done")
    @Operation(summary = "Tick a task off")
    TaskView done(@AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id, @PathVariable UUID task) {
        return TaskView.of(events.markDone(id, task, user));
    }

    @PostMapping("/api/v1/events/{id}/tasks/{task}/undone")
    @Operation(summary = "Untick a task")
    TaskView undone(@AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id, @PathVariable UUID task) {
        return TaskView.of(events.markUndone(id, task, user));
    }
}
