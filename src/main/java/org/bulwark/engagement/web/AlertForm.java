package org.bulwark.engagement.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bulwark.engagement.AlertDraft;
import org.bulwark.engagement.InvalidAlert;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The alert form: the codes, the expiry in the network's time zone, one set of texts per language, and the area,
 * taken from the incident, kept from the message being updated, or given as a circle or a GeoJSON polygon.
 */
public class AlertForm {

    /** Where the area of the alert comes from. */
    public enum AreaSource {
        /** The zones of the incident that still apply. */
        INCIDENT,
        /** The area of the message being updated. */
        KEEP,
        /** A circle or polygon given on the form. */
        DRAWN
    }

    private @Nullable String incident;
    private String scope = "PUBLIC";
    private @Nullable String restriction;
    private boolean exercise;
    private @Nullable String category;
    private @Nullable String urgency;
    private @Nullable String severity;
    private @Nullable String certainty;
    private @Nullable String expires;
    private @Nullable String eventEn;
    private @Nullable String headlineEn;
    private @Nullable String descriptionEn;
    private @Nullable String instructionEn;
    private @Nullable String areaEn;
    private @Nullable String eventFr;
    private @Nullable String headlineFr;
    private @Nullable String descriptionFr;
    private @Nullable String instructionFr;
    private @Nullable String areaFr;
    private AreaSource areaSource = AreaSource.DRAWN;
    private @Nullable String latitude;
    private @Nullable String longitude;
    private @Nullable String radius;
    private @Nullable String polygon;

    /**
     * The draft this form describes.
     *
     * @param zone the time zone the expiry was typed in
     * @param kept the areas of the message being updated, as GeoJSON, for {@link AreaSource#KEEP}
     * @throws InvalidAlert when a time or a number on the form cannot be read
     */
    AlertDraft draft(ZoneId zone, List<String> kept) {
        List<InvalidAlert.Problem> problems = new ArrayList<>();
        Instant expiry = null;
        if (expires != null && !expires.isBlank()) {
            try {
                expiry = LocalDateTime.parse(expires.strip()).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                problems.add(new InvalidAlert.Problem("expires", "is not a date and time"));
            }
        }
        UUID incidentId = null;
        if (incident != null && !incident.isBlank()) {
            try {
                incidentId = UUID.fromString(incident.strip());
            } catch (IllegalArgumentException e) {
                problems.add(new InvalidAlert.Problem("incident", "is not an incident identifier"));
            }
        }
        List<String> areas = new ArrayList<>();
        if (areaSource == AreaSource.KEEP) {
            areas.addAll(kept);
        } else if (areaSource == AreaSource.DRAWN) {
            areas.addAll(drawn(problems));
        }
        if (!problems.isEmpty()) {
            throw new InvalidAlert(problems);
        }
        List<AlertDraft.Text> texts = new ArrayList<>();
        texts.add(new AlertDraft.Text("en", eventEn, headlineEn, descriptionEn, instructionEn, areaEn));
        if (anyText(eventFr, headlineFr, descriptionFr, instructionFr, areaFr)) {
            texts.add(new AlertDraft.Text("fr", eventFr, headlineFr, descriptionFr, instructionFr, areaFr));
        }
        return new AlertDraft(
                incidentId, scope, restriction, exercise, category, urgency, severity, certainty, expiry, texts, areas);
    }

    private List<String> drawn(List<InvalidAlert.Problem> problems) {
        List<String> areas = new ArrayList<>();
        if (anyText(latitude, longitude, radius)) {
            try {
                ObjectNode feature = JsonNodeFactory.instance.objectNode();
                feature.put("type", "Feature");
                ObjectNode point = feature.putObject("geometry");
                point.put("type", "Point");
                point.putArray("coordinates")
                        .add(Double.parseDouble(text(longitude)))
                        .add(Double.parseDouble(text(latitude)));
                feature.putObject("properties").put("radius", Double.parseDouble(text(radius)));
                areas.add(feature.toString());
            } catch (NumberFormatException e) {
                problems.add(new InvalidAlert.Problem(
                        "circle", "needs a latitude, a longitude and a radius in metres, each a number"));
            }
        }
        if (anyText(polygon)) {
            areas.add(polygon.strip());
        }
        return areas;
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.strip().replace(',', '.');
    }

    private static boolean anyText(@Nullable String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return true;
            }
        }
        return false;
    }

    public @Nullable String getIncident() {
        return incident;
    }

    public void setIncident(@Nullable String incident) {
        this.incident = incident;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public @Nullable String getRestriction() {
        return restriction;
    }

    public void setRestriction(@Nullable String restriction) {
        this.restriction = restriction;
    }

    public boolean isExercise() {
        return exercise;
    }

    public void setExercise(boolean exercise) {
        this.exercise = exercise;
    }

    public @Nullable String getCategory() {
        return category;
    }

    public void setCategory(@Nullable String category) {
        this.category = category;
    }

    public @Nullable String getUrgency() {
        return urgency;
    }

    public void setUrgency(@Nullable String urgency) {
        this.urgency = urgency;
    }

    public @Nullable String getSeverity() {
        return severity;
    }

    public void setSeverity(@Nullable String severity) {
        this.severity = severity;
    }

    public @Nullable String getCertainty() {
        return certainty;
    }

    public void setCertainty(@Nullable String certainty) {
        this.certainty = certainty;
    }

    public @Nullable String getExpires() {
        return expires;
    }

    public void setExpires(@Nullable String expires) {
        this.expires = expires;
    }

    public @Nullable String getEventEn() {
        return eventEn;
    }

    public void setEventEn(@Nullable String eventEn) {
        this.eventEn = eventEn;
    }

    public @Nullable String getHeadlineEn() {
        return headlineEn;
    }

    public void setHeadlineEn(@Nullable String headlineEn) {
        this.headlineEn = headlineEn;
    }

    public @Nullable String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(@Nullable String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public @Nullable String getInstructionEn() {
        return instructionEn;
    }

    public void setInstructionEn(@Nullable String instructionEn) {
        this.instructionEn = instructionEn;
    }

    public @Nullable String getAreaEn() {
        return areaEn;
    }

    public void setAreaEn(@Nullable String areaEn) {
        this.areaEn = areaEn;
    }

    public @Nullable String getEventFr() {
        return eventFr;
    }

    public void setEventFr(@Nullable String eventFr) {
        this.eventFr = eventFr;
    }

    public @Nullable String getHeadlineFr() {
        return headlineFr;
    }

    public void setHeadlineFr(@Nullable String headlineFr) {
        this.headlineFr = headlineFr;
    }

    public @Nullable String getDescriptionFr() {
        return descriptionFr;
    }

    public void setDescriptionFr(@Nullable String descriptionFr) {
        this.descriptionFr = descriptionFr;
    }

    public @Nullable String getInstructionFr() {
        return instructionFr;
    }

    public void setInstructionFr(@Nullable String instructionFr) {
        this.instructionFr = instructionFr;
    }

    public @Nullable String getAreaFr() {
        return areaFr;
    }

    public void setAreaFr(@Nullable String areaFr) {
        this.areaFr = areaFr;
    }

    public AreaSource getAreaSource() {
        return areaSource;
    }

    public void setAreaSource(AreaSource areaSource) {
        this.areaSource = areaSource;
    }

    public @Nullable String getLatitude() {
        return latitude;
    }

    public void setLatitude(@Nullable String latitude) {
        this.latitude = latitude;
    }

    public @Nullable String getLongitude() {
        return longitude;
    }

    public void setLongitude(@Nullable String longitude) {
        this.longitude = longitude;
    }

    public @Nullable String getRadius() {
        return radius;
    }

    public void setRadius(@Nullable String radius) {
        this.radius = radius;
    }

    public @Nullable String getPolygon() {
        return polygon;
    }

    public void setPolygon(@Nullable String polygon) {
        this.polygon = polygon;
    }
}
