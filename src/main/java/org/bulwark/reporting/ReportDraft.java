package org.bulwark.reporting;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a reporter states, through any door. The report is placed either by a point or by a site of the registry
 * (the site then gives the point and the sector); both may be left out by the public.
 *
 * @param observedAt when the behaviour was seen; null when not known
 * @param latitude WGS84, with {@code longitude}; both or neither
 * @param site a site of the registry; its location and sector apply
 * @param sector a sector code of the partner directory, when no site gives it
 * @param category the code of a behaviour category of the indicator catalogue
 * @param description what happened; must not be blank
 * @param people never null, may be empty
 * @param vehicles never null, may be empty
 * @param phoneNumbers never null, may be empty
 * @param handles never null, may be empty
 * @param contact a public reporter's own contact details, which they may give or not; ignored for other doors
 * @param language the language the reporter wrote in, such as {@code en}; null when not known
 */
public record ReportDraft(
        @Nullable Instant observedAt,
        @Nullable Double latitude,
        @Nullable Double longitude,
        java.util.@Nullable UUID site,
        @Nullable String sector,
        @Nullable String category,
        @Nullable String description,
        List<Person> people,
        List<Vehicle> vehicles,
        List<String> phoneNumbers,
        List<Handle> handles,
        @Nullable Contact contact,
        @Nullable String language) {

    public ReportDraft {
        people = people == null ? List.of() : List.copyOf(people);
        vehicles = vehicles == null ? List.of() : List.copyOf(vehicles);
        phoneNumbers = phoneNumbers == null ? List.of() : List.copyOf(phoneNumbers);
        handles = handles == null ? List.of() : List.copyOf(handles);
    }

    /** A person as the reporter saw them: how they looked, and above all what they did. */
    public record Person(
            @Nullable String appearance, @Nullable String behaviour) {

        public boolean blank() {
            return (appearance == null || appearance.isBlank()) && (behaviour == null || behaviour.isBlank());
        }
    }

    /** A vehicle: its plate as read, and what it looked like. */
    public record Vehicle(@Nullable String plate, @Nullable String description) {

        public boolean blank() {
            return (plate == null || plate.isBlank()) && (description == null || description.isBlank());
        }
    }

    /** An account on an online platform, such as {@code Telegram} and {@code @harbour_watch}. */
    public record Handle(
            @Nullable String platform, @Nullable String handle) {

        public boolean blank() {
            return (platform == null || platform.isBlank()) && (handle == null || handle.isBlank());
        }
    }

    /** A public reporter's contact details, each optional. */
    public record Contact(
            @Nullable String name,
            @Nullable String email,
            @Nullable String phone) {

        public boolean blank() {
            return (name == null || name.isBlank())
                    && (email == null || email.isBlank())
                    && (phone == null || phone.isBlank());
        }
    }
}
