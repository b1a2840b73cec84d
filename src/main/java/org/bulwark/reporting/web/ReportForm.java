package org.bulwark.reporting.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bulwark.reporting.ReportDraft;
import org.bulwark.reporting.ReportDraft.Contact;
import org.bulwark.reporting.ReportDraft.Handle;
import org.bulwark.reporting.ReportDraft.Person;
import org.bulwark.reporting.ReportDraft.Vehicle;
import org.bulwark.reporting.ReportFile;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/**
 * The report form of members and of the public, as typed. Numbers and times that cannot be read become values the
 * intake refuses with a message on the field, so that every mistake is shown at once. Phone numbers are one per
 * line; online handles one per line as {@code platform: handle}.
 */
public class ReportForm {

    static final int PEOPLE_ROWS = 3;
    static final int VEHICLE_ROWS = 3;

    private @Nullable String observedAt;
    private @Nullable String latitude;
    private @Nullable String longitude;
    private @Nullable String site;
    private @Nullable String sector;
    private @Nullable String category;
    private @Nullable String description;
    private List<PersonRow> people = rows(PEOPLE_ROWS, PersonRow::new);
    private List<VehicleRow> vehicles = rows(VEHICLE_ROWS, VehicleRow::new);
    private @Nullable String phoneNumbers;
    private @Nullable String handles;
    private @Nullable String contactName;
    private @Nullable String contactEmail;
    private @Nullable String contactPhone;
    private boolean shareLocation;
    private @Nullable String website;
    private List<MultipartFile> files = new ArrayList<>();

    /** A person row of the form. */
    public static class PersonRow {
        private @Nullable String appearance;
        private @Nullable String behaviour;

        public @Nullable String getAppearance() {
            return appearance;
        }

        public void setAppearance(@Nullable String appearance) {
            this.appearance = appearance;
        }

        public @Nullable String getBehaviour() {
            return behaviour;
        }

        public void setBehaviour(@Nullable String behaviour) {
            this.behaviour = behaviour;
        }
    }

    /** A vehicle row of the form. */
    public static class VehicleRow {
        private @Nullable String plate;
        private @Nullable String description;

        public @Nullable String getPlate() {
            return plate;
        }

        public void setPlate(@Nullable String plate) {
            this.plate = plate;
        }

        public @Nullable String getDescription() {
            return description;
        }

        public void setDescription(@Nullable String description) {
            this.description = description;
        }
    }

    private static <T> List<T> rows(int count, java.util.function.Supplier<T> row) {
        List<T> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(row.get());
        }
        return rows;
    }

    /** Whether the hidden field that people never see, and scripts fill in, was filled in. */
    boolean caughtInHoneypot() {
        return website != null && !website.isBlank();
    }

    ReportDraft draft(ZoneId zone, String language, boolean withContact) {
        List<Person> persons =
                people.stream().map(p -> new Person(p.appearance, p.behaviour)).toList();
        List<Vehicle> cars =
                vehicles.stream().map(v -> new Vehicle(v.plate, v.description)).toList();
        return new ReportDraft(
                time(observedAt, zone),
                number(latitude),
                number(longitude),
                uuid(site),
                blankToNull(sector),
                blankToNull(category),
                description,
                persons,
                cars,
                lines(phoneNumbers),
                handles(handles),
                withContact ? new Contact(contactName, contactEmail, contactPhone) : null,
                language);
    }

    List<ReportFile> reportFiles() {
        List<ReportFile> result = new ArrayList<>();
        for (MultipartFile file : files) {
            if (file == null
                    || (file.isEmpty()
                            && (file.getOriginalFilename() == null
                                    || file.getOriginalFilename().isBlank()))) {
                continue;
            }
            try {
                result.add(new ReportFile(file.getOriginalFilename(), file.getContentType(), file.getBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return result;
    }

    private static @Nullable Instant time(@Nullable String text, ZoneId zone) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip()).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            // an unreadable time is refused by the intake as one in the future, with its message on the field
            return Instant.MAX;
        }
    }

    private static @Nullable Double number(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            // out of every range, so that the intake names the field
            return Double.NaN;
        }
    }

    private static @Nullable UUID uuid(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            // no site has it: the intake says so on the field
            return new UUID(0, 0);
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static List<String> lines(@Nullable String text) {
        if (text == null) {
            return List.of();
        }
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static List<Handle> handles(@Nullable String text) {
        List<Handle> result = new ArrayList<>();
        for (String line : lines(text)) {
            int colon = line.indexOf(':');
            result.add(
                    colon < 0
                            ? new Handle(null, line)
                            : new Handle(
                                    line.substring(0, colon).strip(),
                                    line.substring(colon + 1).strip()));
        }
        return result;
    }

    public @Nullable String getObservedAt() {
        return observedAt;
    }

    public void setObservedAt(@Nullable String observedAt) {
        this.observedAt = observedAt;
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

    public @Nullable String getSite() {
        return site;
    }

    public void setSite(@Nullable String site) {
        this.site = site;
    }

    public @Nullable String getSector() {
        return sector;
    }

    public void setSector(@Nullable String sector) {
        this.sector = sector;
    }

    public @Nullable String getCategory() {
        return category;
    }

    public void setCategory(@Nullable String category) {
        this.category = category;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public void setDescription(@Nullable String description) {
        this.description = description;
    }

    public List<PersonRow> getPeople() {
        return people;
    }

    public void setPeople(List<PersonRow> people) {
        this.people = people;
    }

    public List<VehicleRow> getVehicles() {
        return vehicles;
    }

    public void setVehicles(List<VehicleRow> vehicles) {
        this.vehicles = vehicles;
    }

    public @Nullable String getPhoneNumbers() {
        return phoneNumbers;
    }

    public void setPhoneNumbers(@Nullable String phoneNumbers) {
        this.phoneNumbers = phoneNumbers;
    }

    public @Nullable String getHandles() {
        return handles;
    }

    public void setHandles(@Nullable String handles) {
        this.handles = handles;
    }

    public @Nullable String getContactName() {
        return contactName;
    }

    public void setContactName(@Nullable String contactName) {
        this.contactName = contactName;
    }

    public @Nullable String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(@Nullable String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public @Nullable String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(@Nullable String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public boolean isShareLocation() {
        return shareLocation;
    }

    public void setShareLocation(boolean shareLocation) {
        this.shareLocation = shareLocation;
    }

    public @Nullable String getWebsite() {
        return website;
    }

    public void setWebsite(@Nullable String website) {
        this.website = website;
    }

    public List<MultipartFile> getFiles() {
        return files;
    }

    public void setFiles(List<MultipartFile> files) {
        this.files = files;
    }
}
