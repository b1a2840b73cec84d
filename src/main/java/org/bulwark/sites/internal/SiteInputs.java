package org.bulwark.sites.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bulwark.geo.GeoPoint;
import org.bulwark.partners.OrganisationSummary;
import org.bulwark.partners.PartnerDirectory;
import org.bulwark.partners.Sector;
import org.bulwark.sites.SiteContact;
import org.bulwark.sites.SiteDetails;
import org.bulwark.sites.UseType;
import org.jspecify.annotations.Nullable;

/**
 * Checks sites stated as text against the catalogues and the person's rights, and turns the good ones into
 * {@link SiteDetails}. One instance holds the catalogues, so that an import of many rows reads them once.
 */
public final class SiteInputs {

    static final int MAX_CAPACITY = 1_000_000;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ().\\-/]{3,40}$");
    private static final Pattern THOUSANDS = Pattern.compile("^\\d{1,3}([, ]\\d{3})+$");

    private final Map<String, String> sectorsByKey = new HashMap<>();
    private final Map<String, UUID> organisationsByName = new HashMap<>();
    private final Map<UUID, String> organisationNames = new HashMap<>();
    private final String sectorCodes;
    private final String useTypeCodes;
    private final SiteAccess access;

    public SiteInputs(List<Sector> sectors, List<OrganisationSummary> organisations, SiteAccess access) {
        for (Sector sector : sectors) {
            sectorsByKey.put(key(sector.code()), sector.code());
            sectorsByKey.putIfAbsent(key(sector.nameEn()), sector.code());
            sectorsByKey.putIfAbsent(key(sector.nameFr()), sector.code());
        }
        for (OrganisationSummary organisation : organisations) {
            organisationsByName.put(key(organisation.name()), organisation.id());
            organisationNames.put(organisation.id(), organisation.name());
        }
        this.sectorCodes = sectors.stream().map(Sector::code).collect(Collectors.joining(", "));
        this.useTypeCodes = Stream.of(UseType.values()).map(UseType::code).collect(Collectors.joining(", "));
        this.access = access;
    }

    public static SiteInputs of(PartnerDirectory partners, SiteAccess access) {
        return new SiteInputs(partners.sectors(), partners.organisations(), access);
    }

    /** The details of a well-stated site, or every problem found in it; never both. */
    public Result check(SiteInput input) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = text(input.name(), "name", 200, true, problems);
        String address = text(input.address(), "address", 300, true, problems);
        GeoPoint location = location(input, problems);
        String sector = sector(input.sector(), problems);
        UseType useType = useType(input.useType(), problems);
        Integer capacity = capacity(input.capacity(), problems);
        UUID organisation = organisation(input.organisation(), problems);
        String contactName = text(input.contactName(), "contactName", 200, false, problems);
        String contactPhone = text(input.contactPhone(), "contactPhone", 40, false, problems);
        if (contactPhone != null && !PHONE.matcher(contactPhone).matches()) {
            problems.add(FieldProblem.of("contactPhone", "sites.error.phone", contactPhone));
        }
        String contactEmail = text(input.contactEmail(), "contactEmail", 200, false, problems);
        if (contactEmail != null && !EMAIL.matcher(contactEmail).matches()) {
            problems.add(FieldProblem.of("contactEmail", "sites.error.email", contactEmail));
        }
        String openingHours = text(input.openingHours(), "openingHours", 500, false, problems);
        if (!problems.isEmpty()) {
            return new Result(null, List.copyOf(problems));
        }
        return new Result(
                new SiteDetails(
                        name,
                        address,
                        location,
                        sector,
                        useType,
                        capacity,
                        organisation,
                        new SiteContact(contactName, contactPhone, contactEmail),
                        openingHours),
                List.of());
    }

    /** The name of a known organisation, for messages and pages. */
    public @Nullable String organisationName(@Nullable UUID id) {
        return id == null ? null : organisationNames.get(id);
    }

    private static @Nullable String text(
            @Nullable String value, String field, int max, boolean required, List<FieldProblem> problems) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            if (required) {
                problems.add(FieldProblem.of(field, "sites.error.required", FieldProblem.label(field)));
            }
            return null;
        }
        if (trimmed.length() > max) {
            problems.add(FieldProblem.of(field, "sites.error.tooLong", FieldProblem.label(field), max));
            return null;
        }
        return trimmed;
    }

    private static @Nullable GeoPoint location(SiteInput input, List<FieldProblem> problems) {
        Double latitude = coordinate(input.latitude(), "latitude", 90, problems);
        Double longitude = coordinate(input.longitude(), "longitude", 180, problems);
        if (latitude == null || longitude == null) {
            return null;
        }
        if (latitude == 0 && longitude == 0) {
            problems.add(FieldProblem.of("latitude", "sites.error.location.zero"));
            return null;
        }
        return new GeoPoint(latitude, longitude);
    }

    private static @Nullable Double coordinate(
            @Nullable String value, String field, int limit, List<FieldProblem> problems) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            problems.add(FieldProblem.of(field, "sites.error.required", FieldProblem.label(field)));
            return null;
        }
        // a decimal comma, as French spreadsheets write it
        String normal = trimmed.indexOf('.') < 0
                        && trimmed.chars().filter(c -> c == ',').count() == 1
                ? trimmed.replace(',', '.')
                : trimmed;
        double number;
        try {
            number = new BigDecimal(normal).doubleValue();
        } catch (NumberFormatException e) {
            problems.add(FieldProblem.of(field, "sites.error.notNumber", FieldProblem.label(field), trimmed));
            return null;
        }
        if (number < -limit || number > limit) {
            problems.add(FieldProblem.of(field, "sites.error." + field + ".range", trimmed));
            return null;
        }
        return number;
    }

    private @Nullable String sector(@Nullable String value, List<FieldProblem> problems) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            problems.add(FieldProblem.of("sector", "sites.error.required", FieldProblem.label("sector")));
            return null;
        }
        String code = sectorsByKey.get(key(trimmed));
        if (code == null) {
            problems.add(FieldProblem.of("sector", "sites.error.sector.unknown", trimmed, sectorCodes));
        }
        return code;
    }

    private @Nullable UseType useType(@Nullable String value, List<FieldProblem> problems) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            problems.add(FieldProblem.of("useType", "sites.error.required", FieldProblem.label("useType")));
            return null;
        }
        UseType type = UseType.parse(trimmed);
        if (type == null) {
            problems.add(FieldProblem.of("useType", "sites.error.useType.unknown", trimmed, useTypeCodes));
        }
        return type;
    }

    private static @Nullable Integer capacity(@Nullable String value, List<FieldProblem> problems) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            problems.add(FieldProblem.of("capacity", "sites.error.required", FieldProblem.label("capacity")));
            return null;
        }
        String digits = THOUSANDS.matcher(trimmed).matches() ? trimmed.replaceAll("[, ]", "") : trimmed;
        long number;
        try {
            number = Long.parseLong(digits);
        } catch (NumberFormatException e) {
            problems.add(FieldProblem.of("capacity", "sites.error.capacity.notWhole", trimmed));
            return null;
        }
        if (number < 0) {
            problems.add(FieldProblem.of("capacity", "sites.error.capacity.negative", trimmed));
            return null;
        }
        if (number > MAX_CAPACITY) {
            problems.add(FieldProblem.of("capacity", "sites.error.capacity.tooLarge", trimmed, MAX_CAPACITY));
            return null;
        }
        return (int) number;
    }

    private @Nullable UUID organisation(@Nullable String value, List<FieldProblem> problems) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            // operators' sites always belong to their organisation
            return access.canAssignAnyOrganisation() ? null : access.ownOrganisation();
        }
        UUID id = parseUuid(trimmed);
        if (id == null || !organisationNames.containsKey(id)) {
            id = organisationsByName.get(key(trimmed));
        }
        if (id == null) {
            problems.add(FieldProblem.of("organisation", "sites.error.organisation.unknown", trimmed));
            return null;
        }
        if (!access.canAssignAnyOrganisation() && !id.equals(access.ownOrganisation())) {
            problems.add(FieldProblem.of("organisation", "sites.error.organisation.notYours", trimmed));
            return null;
        }
        return id;
    }

    private static @Nullable UUID parseUuid(String value) {
        if (value.length() != 36) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String key(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }

    /** Either details or problems. */
    public record Result(@Nullable SiteDetails details, List<FieldProblem> problems) {

        public boolean ok() {
            return details != null;
        }
    }
}
