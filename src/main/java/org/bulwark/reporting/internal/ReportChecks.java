package org.bulwark.reporting.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.bulwark.files.AcceptedFile;
import org.bulwark.files.CleanedPhoto;
import org.bulwark.files.FileKind;
import org.bulwark.files.PhotoLocation;
import org.bulwark.files.Photos;
import org.bulwark.files.RejectedFile;
import org.bulwark.files.UnreadablePhoto;
import org.bulwark.files.UploadCheck;
import org.bulwark.files.UploadVerdict;
import org.bulwark.geo.GeoPoint;
import org.bulwark.identity.Reader;
import org.bulwark.identity.Role;
import org.bulwark.partners.Sector;
import org.bulwark.partners.SectorCatalogue;
import org.bulwark.reporting.InvalidReport;
import org.bulwark.reporting.InvalidReport.Violation;
import org.bulwark.reporting.ReportDraft;
import org.bulwark.reporting.ReportDraft.Contact;
import org.bulwark.reporting.ReportDraft.Handle;
import org.bulwark.reporting.ReportDraft.Person;
import org.bulwark.reporting.ReportDraft.Vehicle;
import org.bulwark.reporting.ReportFile;
import org.bulwark.sharing.Indicator;
import org.bulwark.sharing.IndicatorCatalogue;
import org.bulwark.sites.Site;
import org.bulwark.sites.Sites;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Checks what a reporter sent and puts it in the form it is stored in, naming every field to correct at once.
 * Nothing reaches the database before the whole report passed.
 */
@Component
class ReportChecks {

    static final int LIST_MAX = 20;
    static final int PERSON_FIELD_MAX = 2_000;
    static final int PLATE_MAX = 30;
    static final int VEHICLE_DESCRIPTION_MAX = 1_000;
    static final int PHONE_MAX = 50;
    static final int PLATFORM_MAX = 60;
    static final int HANDLE_MAX = 200;
    static final int NAME_MAX = 200;
    static final int EMAIL_MAX = 320;
    static final int REASON_MAX = 2_000;
    static final int FACTS_MIN = 20;
    // a clock a few minutes fast on a phone must not make its report "in the future"
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(10);
    private static final Pattern PHONE = Pattern.compile("[+]?[0-9 ()./-]{3,}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    /** The account whose view of the catalogue decides which category codes exist: a coordinator's, who reads all. */
    private static final Reader CATALOGUE_READER =
            new Reader(new UUID(0, 0), Role.COORDINATOR, null, Set.of("network"));

    private final IndicatorCatalogue catalogue;
    private final SectorCatalogue sectors;
    private final RecentSites sites;
    private final ReportingSettings settings;
    private final UploadCheck memberFiles;
    private final UploadCheck publicPhotos;
    private final Clock clock = Clock.systemUTC();
    private final RecentCodes categories;
    private final RecentCodes activeSectors;

    ReportChecks(IndicatorCatalogue catalogue, SectorCatalogue sectors, Sites sites, ReportingSettings settings) {
        this.catalogue = catalogue;
        this.sectors = sectors;
        this.categories = new RecentCodes(this::activeCategories, clock);
        this.activeSectors = new RecentCodes(this::activeSectors, clock);
        this.sites = new RecentSites(sites::findById, System::nanoTime);
        this.settings = settings;
        this.memberFiles = UploadCheck.of(
                EnumSet.of(
                        FileKind.JPEG,
                        FileKind.PNG,
                        FileKind.PDF,
                        FileKind.WORD,
                        FileKind.WORD_OPEN_XML,
                        FileKind.OPEN_DOCUMENT_TEXT,
                        FileKind.PLAIN_TEXT),
                settings.maxFileSize().toBytes());
        this.publicPhotos = UploadCheck.of(
                EnumSet.of(FileKind.JPEG, FileKind.PNG),
                settings.maxPublicPhotoSize().toBytes());
    }

    /**
     * A file as it is stored: a photo cleaned of its metadata, any other file as it came.
     *
     * @param location where a photo says it was taken, when the reporter chose to share it and it says so
     */
    record StoredFile(
            String fileName,
            String contentType,
            byte[] content,
            @Nullable GeoPoint location) {}

    /** A report that passed every check, normalised. */
    record Checked(
            @Nullable Instant observedAt,
            @Nullable Double latitude,
            @Nullable Double longitude,
            @Nullable UUID site,
            @Nullable String siteName,
            @Nullable String sector,
            @Nullable String category,
            String description,
            List<Person> people,
            List<Vehicle> vehicles,
            List<String> phoneNumbers,
            List<Handle> handles,
            @Nullable Contact contact,
            @Nullable String language,
            List<StoredFile> files) {}

    /**
     * @param usePhotoLocation whether a public reporter chose to share where their photos were taken
     */
    Checked check(ReportDraft draft, List<ReportFile> files, boolean fromPublic, boolean usePhotoLocation) {
        List<Violation> violations = new ArrayList<>();
        // kept as precisely as the database keeps it
        Instant observedAt =
                draft.observedAt() == null ? null : draft.observedAt().truncatedTo(ChronoUnit.MICROS);
        if (observedAt != null && observedAt.isAfter(clock.instant().plus(CLOCK_SKEW))) {
            violations.add(new Violation(
                    "observedAt", "reporting.error.observedAt.future", "The time observed lies in the future."));
        }
        Double latitude = draft.latitude();
        Double longitude = draft.longitude();
        UUID site = draft.site();
        String siteName = null;
        String sector = trimmed(draft.sector());
        if ((latitude == null) != (longitude == null)) {
            violations.add(new Violation(
                    latitude == null ? "latitude" : "longitude",
                    "reporting.error.location.half",
                    "Give both latitude and longitude, or neither."));
        } else if (latitude != null) {
            if (!(latitude >= -90 && latitude <= 90)) {
                violations.add(new Violation(
                        "latitude", "reporting.error.latitude", "The latitude must lie between -90 and 90."));
            }
            if (!(longitude >= -180 && longitude <= 180)) {
                violations.add(new Violation(
                        "longitude", "reporting.error.longitude", "The longitude must lie between -180 and 180."));
            }
        }
        if (site != null) {
            Optional<Site> found = sites.find(site);
            if (found.isEmpty()) {
                violations.add(new Violation("site", "reporting.error.site", "No site of the registry has this id."));
            } else if (latitude == null) {
                siteName = found.get().details().name();
                latitude = found.get().details().location().latitude();
                longitude = found.get().details().location().longitude();
                sector = found.get().details().sectorCode();
            } else {
                siteName = found.get().details().name();
                sector = found.get().details().sectorCode();
            }
        } else if (sector != null) {
            String code = sector.toLowerCase(Locale.ROOT);
            if (!isSector(code)) {
                violations.add(new Violation(
                        "sector", "reporting.error.sector", "No sector has the code '" + sector + "'.", sector));
            }
            sector = code;
        }
        String category = trimmed(draft.category());
        if (category != null) {
            category = category.toLowerCase(Locale.ROOT);
            if (!isCategory(category)) {
                violations.add(new Violation(
                        "category",
                        "reporting.error.category",
                        "No behaviour category has the code '" + category + "'.",
                        category));
            }
        }
        String description = trimmed(draft.description());
        if (description == null) {
            violations.add(
                    new Violation("description", "reporting.error.description.blank", "Describe what you saw happen."));
        } else if (description.length() > settings.maxDescription()) {
            violations.add(new Violation(
                    "description",
                    "reporting.error.description.long",
                    "The description is longer than " + settings.maxDescription() + " characters.",
                    settings.maxDescription()));
        }
        List<Person> people = people(draft.people(), violations);
        List<Vehicle> vehicles = vehicles(draft.vehicles(), violations);
        List<String> phones = phones(draft.phoneNumbers(), violations);
        List<Handle> handles = handles(draft.handles(), violations);
        Contact contact = fromPublic ? contact(draft.contact(), violations) : null;
        List<StoredFile> accepted = files(files, fromPublic, fromPublic && usePhotoLocation, violations);
        if (!violations.isEmpty()) {
            throw new InvalidReport(violations);
        }
        String language = trimmed(draft.language());
        return new Checked(
                observedAt,
                latitude,
                longitude,
                site,
                siteName,
                sector,
                category,
                description,
                people,
                vehicles,
                phones,
                handles,
                contact,
                language == null || language.length() > 10 ? null : language.toLowerCase(Locale.ROOT),
                accepted);
    }

    boolean isCategory(String code) {
        return categories.contains(code);
    }

    private boolean isSector(String code) {
        return activeSectors.contains(code);
    }

    private Set<String> activeCategories() {
        return catalogue.readableBy(CATALOGUE_READER, null).stream()
                .filter(Indicator::isCategory)
                .filter(Indicator::active)
                .map(Indicator::code)
                .collect(Collectors.toUnmodifiableSet());
    }

    private Set<String> activeSectors() {
        return sectors.all().stream().filter(Sector::active).map(Sector::code).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Checks each file and cleans each photo of the metadata the camera wrote into it (position, device, times),
     * so that no stored photo carries more than its picture; a photo that cannot be cleaned is refused.
     */
    List<StoredFile> files(
            List<ReportFile> files, boolean fromPublic, boolean keepLocation, List<Violation> violations) {
        int max = fromPublic ? settings.maxPublicPhotos() : settings.maxFiles();
        List<ReportFile> sent =
                files.stream().filter(f -> f.content().length > 0 || hasName(f)).toList();
        if (sent.size() > max) {
            violations.add(new Violation(
                    "attachments", "reporting.error.files.many", "Send at most " + max + " files at once.", max));
            return List.of();
        }
        UploadCheck check = fromPublic ? publicPhotos : memberFiles;
        List<StoredFile> accepted = new ArrayList<>();
        for (int i = 0; i < sent.size(); i++) {
            ReportFile file = sent.get(i);
            UploadVerdict verdict = check.check(file.fileName(), file.declaredType(), file.content());
            if (verdict instanceof AcceptedFile ok) {
                if (ok.kind() == FileKind.JPEG || ok.kind() == FileKind.PNG) {
                    try {
                        CleanedPhoto clean = Photos.clean(ok.content(), keepLocation);
                        PhotoLocation where = clean.location();
                        accepted.add(new StoredFile(
                                ok.fileName(),
                                clean.mediaType(),
                                clean.content(),
                                where == null ? null : new GeoPoint(where.latitude(), where.longitude())));
                    } catch (UnreadablePhoto unreadable) {
                        violations.add(new Violation(
                                "attachments[" + i + "]",
                                unreadable.messageKey(),
                                "'" + ok.fileName() + "': " + unreadable.getMessage(),
                                unreadable.messageArguments()));
                    }
                } else {
                    accepted.add(new StoredFile(ok.fileName(), ok.contentType(), ok.content(), null));
                }
            } else if (verdict instanceof RejectedFile refused) {
                violations.add(new Violation(
                        "attachments[" + i + "]",
                        "reporting.error.file." + refused.reason().name().toLowerCase(Locale.ROOT),
                        refused.message(),
                        refused.fileName(),
                        refused.maxBytes() / (1024 * 1024),
                        refused.acceptedExtensions()));
            }
        }
        return accepted;
    }

    private static boolean hasName(ReportFile file) {
        return file.fileName() != null && !file.fileName().isBlank();
    }

    private static List<Person> people(List<Person> people, List<Violation> violations) {
        List<Person> kept = people.stream().filter(p -> p != null && !p.blank()).toList();
        if (kept.size() > LIST_MAX) {
            violations.add(many("people"));
            return List.of();
        }
        List<Person> result = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            Person person = kept.get(i);
            String appearance = trimmed(person.appearance());
            String behaviour = trimmed(person.behaviour());
            if (tooLong(appearance, PERSON_FIELD_MAX) || tooLong(behaviour, PERSON_FIELD_MAX)) {
                violations.add(tooLongViolation("people[" + i + "]", PERSON_FIELD_MAX));
            }
            result.add(new Person(appearance, behaviour));
        }
        return result;
    }

    private static List<Vehicle> vehicles(List<Vehicle> vehicles, List<Violation> violations) {
        List<Vehicle> kept =
                vehicles.stream().filter(v -> v != null && !v.blank()).toList();
        if (kept.size() > LIST_MAX) {
            violations.add(many("vehicles"));
            return List.of();
        }
        List<Vehicle> result = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            String plate = trimmed(kept.get(i).plate());
            String description = trimmed(kept.get(i).description());
            if (tooLong(plate, PLATE_MAX)) {
                violations.add(tooLongViolation("vehicles[" + i + "].plate", PLATE_MAX));
            }
            if (tooLong(description, VEHICLE_DESCRIPTION_MAX)) {
                violations.add(tooLongViolation("vehicles[" + i + "].description", VEHICLE_DESCRIPTION_MAX));
            }
            result.add(new Vehicle(plate, description));
        }
        return result;
    }

    private static List<String> phones(List<String> phones, List<Violation> violations) {
        List<String> kept = phones.stream()
                .map(ReportChecks::trimmed)
                .filter(p -> p != null)
                .toList();
        if (kept.size() > LIST_MAX) {
            violations.add(many("phoneNumbers"));
            return List.of();
        }
        for (int i = 0; i < kept.size(); i++) {
            String phone = kept.get(i);
            if (phone.length() > PHONE_MAX
                    || !PHONE.matcher(phone).matches()
                    || digits(phone).length() < 3) {
                violations.add(new Violation(
                        "phoneNumbers[" + i + "]",
                        "reporting.error.phone",
                        "'" + phone + "' is not a phone number.",
                        phone));
            }
        }
        return kept;
    }

    private static List<Handle> handles(List<Handle> handles, List<Violation> violations) {
        List<Handle> kept =
                handles.stream().filter(h -> h != null && !h.blank()).toList();
        if (kept.size() > LIST_MAX) {
            violations.add(many("handles"));
            return List.of();
        }
        List<Handle> result = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            String platform = trimmed(kept.get(i).platform());
            String handle = trimmed(kept.get(i).handle());
            if (platform == null || handle == null) {
                violations.add(new Violation(
                        "handles[" + i + "]",
                        "reporting.error.handle.half",
                        "Name both the platform and the handle on it."));
            } else if (tooLong(platform, PLATFORM_MAX) || tooLong(handle, HANDLE_MAX)) {
                violations.add(tooLongViolation("handles[" + i + "]", HANDLE_MAX));
            }
            result.add(new Handle(platform, handle));
        }
        return result;
    }

    private static @Nullable Contact contact(@Nullable Contact contact, List<Violation> violations) {
        if (contact == null || contact.blank()) {
            return null;
        }
        String name = trimmed(contact.name());
        String email = trimmed(contact.email());
        String phone = trimmed(contact.phone());
        if (tooLong(name, NAME_MAX)) {
            violations.add(tooLongViolation("contact.name", NAME_MAX));
        }
        if (email != null
                && (email.length() > EMAIL_MAX || !EMAIL.matcher(email).matches())) {
            violations.add(new Violation(
                    "contact.email", "reporting.error.email", "'" + email + "' is not an e-mail address.", email));
        }
        if (phone != null
                && (phone.length() > PHONE_MAX || !PHONE.matcher(phone).matches())) {
            violations.add(new Violation(
                    "contact.phone", "reporting.error.phone", "'" + phone + "' is not a phone number.", phone));
        }
        return new Contact(name, email, phone);
    }

    /** The text of a decision or an addition: required, and not longer than the limit. */
    @Nullable
    String text(@Nullable String text, String field, int max, List<Violation> violations) {
        String kept = trimmed(text);
        if (kept == null) {
            violations.add(new Violation(field, "reporting.error." + field + ".blank", "Write the " + field + "."));
        } else if (kept.length() > max) {
            violations.add(tooLongViolation(field, max));
        }
        return kept;
    }

    int maxDescription() {
        return settings.maxDescription();
    }

    static String digits(String text) {
        return text.replaceAll("[^0-9]", "");
    }

    static @Nullable String trimmed(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    private static boolean tooLong(@Nullable String text, int max) {
        return text != null && text.length() > max;
    }

    private static Violation tooLongViolation(String field, int max) {
        return new Violation(field, "reporting.error.tooLong", "The text is longer than " + max + " characters.", max);
    }

    private static Violation many(String field) {
        return new Violation(field, "reporting.error.many", "List at most " + LIST_MAX + " entries.", LIST_MAX);
    }

    static List<Sector> activeSectors(SectorCatalogue sectors) {
        return sectors.all().stream().filter(Sector::active).toList();
    }
}
