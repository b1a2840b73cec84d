package org.bulwark.sites.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.sites.Site;
import org.bulwark.sites.SiteDetails;
import org.bulwark.sites.Tier;
import org.bulwark.sites.UseType;
import org.bulwark.sites.internal.FieldProblem;
import org.bulwark.sites.internal.ImportError;
import org.bulwark.sites.internal.ImportFormat;
import org.bulwark.sites.internal.ImportJob;
import org.bulwark.sites.internal.ImportJobs;
import org.bulwark.sites.internal.ImportStatus;
import org.bulwark.sites.internal.JdbcSites;
import org.bulwark.sites.internal.SiteAccess;
import org.bulwark.sites.internal.SiteFilter;
import org.bulwark.sites.internal.SiteImporter;
import org.bulwark.sites.internal.SiteInput;
import org.bulwark.sites.internal.SiteInputs;
import org.bulwark.sites.internal.SitePage;
import org.bulwark.sites.internal.SiteRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.StreamUtils;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The site registry over HTTP: JSON by default, GeoJSON when the client accepts {@code application/geo+json}.
 * Errors are RFC 9457 problem+json.
 */
@RestController
@RequestMapping("/api/v1/sites")
@Tag(name = "Sites", description = "Soft targets: location, sector, use, capacity, operator and regulatory tier")
class SiteApiController {

    static final String GEO_JSON = "application/geo+json";

    private final SiteRegistry registry;
    private final SiteImporter importer;
    private final ImportJobs jobs;
    private final MessageSource messages;

    SiteApiController(SiteRegistry registry, SiteImporter importer, ImportJobs jobs, MessageSource messages) {
        this.registry = registry;
        this.importer = importer;
        this.jobs = jobs;
        this.messages = messages;
    }

    @GetMapping(produces = {MediaType.APPLICATION_JSON_VALUE, GEO_JSON})
    @Operation(
            summary = "List the sites you may read",
            description = "Paged and filtered. Returns a GeoJSON FeatureCollection when the Accept header prefers"
                    + " application/geo+json, JSON otherwise. bbox is west,south,east,north in degrees.")
    ResponseEntity<Map<String, Object>> list(
            @AuthenticationPrincipal BulwarkUser user,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) @Nullable String accept,
            @RequestParam(name = "q", required = false) @Nullable String text,
            @RequestParam(required = false) @Nullable String sector,
            @RequestParam(required = false) @Nullable String tier,
            @RequestParam(required = false) @Nullable String useType,
            @RequestParam(required = false) @Nullable UUID organisation,
            @RequestParam(required = false) @Nullable String bbox,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size,
            Locale locale) {
        SiteAccess access = registry.access(user);
        Tier tierValue = Tier.parse(tier);
        if (tier != null && !tier.isBlank() && tierValue == null) {
            throw new IllegalArgumentException(
                    "tier '" + tier + "' is unknown; use OUT_OF_SCOPE, STANDARD or ENHANCED");
        }
        UseType use = UseType.parse(useType);
        if (useType != null && !useType.isBlank() && use == null) {
            throw new IllegalArgumentException("useType '" + useType + "' is unknown");
        }
        if (page < 0 || size < 1 || size > 500) {
            throw new IllegalArgumentException("page must be 0 or more and size between 1 and 500");
        }
        SiteFilter filter =
                new SiteFilter(text, sector, tierValue, use, organisation, SiteFilter.BoundingBox.parse(bbox));
        SitePage result = registry.search(filter, access, page, size, JdbcSites.SiteOrder.parse(sort));
        List<Map<String, Object>> items = new ArrayList<>();
        boolean geo = prefersGeoJson(accept);
        for (Site site : result.sites()) {
            String organisationName =
                    result.organisationNames().get(site.details().organisationId());
            items.add(geo ? feature(site, organisationName, locale) : resource(site, organisationName, locale));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        if (geo) {
            body.put("type", "FeatureCollection");
            body.put("features", items);
        } else {
            body.put("content", items);
        }
        body.put("page", result.page());
        body.put("size", result.size());
        body.put("totalElements", result.total());
        body.put("totalPages", result.totalPages());
        return ResponseEntity.ok()
                .contentType(geo ? MediaType.parseMediaType(GEO_JSON) : MediaType.APPLICATION_JSON)
                .body(body);
    }

    @GetMapping(
            value = "/{id}",
            produces = {MediaType.APPLICATION_JSON_VALUE, GEO_JSON})
    @Operation(summary = "One site, as JSON or as a GeoJSON Feature")
    ResponseEntity<Map<String, Object>> one(
            @AuthenticationPrincipal BulwarkUser user,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) @Nullable String accept,
            @PathVariable UUID id,
            Locale locale) {
        SiteAccess access = registry.access(user);
        Site site = registry.get(id, access);
        String organisationName =
                registry.inputs(access).organisationName(site.details().organisationId());
        boolean geo = prefersGeoJson(accept);
        return ResponseEntity.ok()
                .eTag("\"" + site.version() + "\"")
                .contentType(geo ? MediaType.parseMediaType(GEO_JSON) : MediaType.APPLICATION_JSON)
                .body(geo ? feature(site, organisationName, locale) : resource(site, organisationName, locale));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Register a site",
            description = "Coordinators and advisors; operators for their own organisation.")
    ResponseEntity<Map<String, Object>> create(
            @AuthenticationPrincipal BulwarkUser user, @RequestBody SiteRequest request, Locale locale) {
        SiteAccess access = registry.access(user);
        access.requireCreate();
        SiteInputs inputs = registry.inputs(access);
        Site site = registry.create(checked(inputs, request), access);
        return ResponseEntity.created(URI.create("/api/v1/sites/" + site.id()))
                .body(resource(site, inputs.organisationName(site.details().organisationId()), locale));
    }

    @PutMapping(value = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Replace what is known of a site",
            description = "Give the version you read (in the body or as If-Match) to refuse overwriting a newer"
                    + " change with 409.")
    Map<String, Object> update(
            @AuthenticationPrincipal BulwarkUser user,
            @PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @RequestBody SiteRequest request,
            Locale locale) {
        SiteAccess access = registry.access(user);
        registry.editable(id, access);
        SiteInputs inputs = registry.inputs(access);
        Long version = request.version() != null ? request.version() : version(ifMatch);
        Site site = registry.update(id, checked(inputs, request), version, access);
        return resource(site, inputs.organisationName(site.details().organisationId()), locale);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Remove a site", description = "Coordinators and advisors only.")
    ResponseEntity<Void> delete(@AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id) {
        registry.delete(id, registry.access(user));
        return ResponseEntity.noContent().build();
    }

    @PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Import sites from a CSV or GeoJSON file (multipart field 'file')",
            description = "Every bad row is reported with its line (CSV) or feature (GeoJSON) number and reason;"
                    + " good rows are imported in one transaction.")
    ResponseEntity<Object> importFile(
            @AuthenticationPrincipal BulwarkUser user, @RequestPart("file") MultipartFile file, Locale locale)
            throws IOException {
        byte[] content = file.getBytes();
        String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
        return runImport(user, content, name, ImportFormat.detect(name, file.getContentType(), content), locale);
    }

    @PostMapping(
            value = "/import",
            consumes = {"text/csv", GEO_JSON, MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "Import sites from a raw CSV (text/csv) or GeoJSON (application/geo+json) body")
    ResponseEntity<Object> importBody(
            @AuthenticationPrincipal BulwarkUser user, HttpServletRequest request, Locale locale) throws IOException {
        byte[] content = StreamUtils.copyToByteArray(request.getInputStream());
        ImportFormat format =
                request.getContentType() != null && request.getContentType().contains("csv")
                        ? ImportFormat.CSV
                        : ImportFormat.GEOJSON;
        return runImport(user, content, format == ImportFormat.CSV ? "body.csv" : "body.geojson", format, locale);
    }

    @GetMapping("/import/{id}")
    @Operation(summary = "The progress or report of an import")
    Map<String, Object> importReport(@AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id, Locale locale) {
        SiteAccess access = registry.access(user);
        ImportJob job = jobs.find(id, access, messages.getMessage("sites.import.interrupted", null, locale))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such import."));
        return report(job, locale);
    }

    @ExceptionHandler(SiteRequestRejected.class)
    ResponseEntity<ProblemDetail> rejected(SiteRequestRejected rejected, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                "The site has " + rejected.problems.size() + " invalid field(s); see 'errors'.");
        problem.setTitle("Invalid site");
        List<Map<String, Object>> errors = new ArrayList<>();
        for (FieldProblem field : rejected.problems) {
            errors.add(Map.of("field", field.field(), "reason", messages.getMessage(field, locale)));
        }
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> conflict(OptimisticLockingFailureException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT,
                "The site was changed by someone else since you read it. Read it again and repeat your change.");
        problem.setTitle("Edit conflict");
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private ResponseEntity<Object> runImport(
            BulwarkUser user, byte[] content, String name, ImportFormat format, Locale locale) {
        SiteAccess access = registry.access(user);
        access.requireCreate();
        UUID id = importer.importNow(content, name, format, access, locale);
        ImportJob job =
                jobs.find(id, access, "").orElseThrow(() -> new IllegalStateException("import " + id + " vanished"));
        Map<String, Object> report = report(job, locale);
        if (job.status() == ImportStatus.COMPLETED) {
            return ResponseEntity.ok().body(report);
        }
        // a file that could not be read is the caller's to fix; a failure while saving is ours
        boolean unreadable = job.totalRows() == 0;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                unreadable ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR, job.failure());
        problem.setTitle(unreadable ? "File cannot be imported" : "Import failed; nothing was imported");
        // "status" of a problem is the HTTP status; the import's own status goes under another name
        report.forEach((key, value) -> problem.setProperty(key.equals("status") ? "importStatus" : key, value));
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private Map<String, Object> report(ImportJob job, Locale locale) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("id", job.id());
        report.put("status", job.status().name());
        report.put("format", job.format().name());
        report.put("fileName", job.fileName());
        report.put("totalRows", job.totalRows());
        report.put("imported", job.importedRows());
        report.put("rejected", job.rejectedRows());
        report.put("percent", job.percent());
        if (job.failure() != null) {
            report.put("failure", job.failure());
        }
        report.put("startedAt", job.startedAt());
        report.put("finishedAt", job.finishedAt());
        String position = job.format() == ImportFormat.CSV ? "line" : "feature";
        List<Map<String, Object>> errors = new ArrayList<>();
        if (!job.running()) {
            for (ImportError error : jobs.errors(job.id(), Integer.MAX_VALUE)) {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put(position, error.position());
                one.put("reason", error.message());
                one.put(
                        "message",
                        messages.getMessage(
                                job.format().positionKey, new Object[] {error.position(), error.message()}, locale));
                errors.add(one);
            }
        }
        report.put("errors", errors);
        return report;
    }

    private static SiteDetails checked(SiteInputs inputs, SiteRequest request) {
        SiteInputs.Result result = inputs.check(request.input());
        if (!result.ok()) {
            throw new SiteRequestRejected(result.problems());
        }
        return result.details();
    }

    private static @Nullable Long version(@Nullable String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String digits = ifMatch.replace("W/", "").replace("\"", "").strip();
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("If-Match must be the ETag of the site you read, such as \"3\"");
        }
    }

    /** GeoJSON only when the client names it and does not prefer plain JSON. */
    static boolean prefersGeoJson(@Nullable String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        List<MediaType> types = MediaType.parseMediaTypes(accept);
        types = new ArrayList<>(types);
        types.sort(
                java.util.Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        for (MediaType type : types) {
            if (type.getSubtype().equals("geo+json")) {
                return true;
            }
            if (type.getSubtype().equals("json")) {
                return false;
            }
        }
        return false;
    }

    private Map<String, Object> resource(Site site, @Nullable String organisationName, Locale locale) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", site.id());
        body.putAll(properties(site, organisationName, locale));
        body.put("latitude", site.details().location().latitude());
        body.put("longitude", site.details().location().longitude());
        body.put("h3Cell", Long.toHexString(site.h3Cell()));
        return body;
    }

    private Map<String, Object> feature(Site site, @Nullable String organisationName, Locale locale) {
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("id", site.id().toString());
        feature.put(
                "geometry",
                Map.of(
                        "type",
                        "Point",
                        "coordinates",
                        List.of(
                                site.details().location().longitude(),
                                site.details().location().latitude())));
        feature.put("properties", properties(site, organisationName, locale));
        return feature;
    }

    private Map<String, Object> properties(Site site, @Nullable String organisationName, Locale locale) {
        SiteDetails d = site.details();
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("name", d.name());
        properties.put("address", d.address());
        properties.put("sector", d.sectorCode());
        properties.put("useType", d.useType().code());
        properties.put("capacity", d.capacity());
        properties.put("tier", site.tier().name());
        properties.put(
                "tierExplanation", messages.getMessage(registry.assess(site).explanation(), locale));
        properties.put("organisationId", d.organisationId());
        properties.put("organisation", organisationName);
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("name", d.contact().name());
        contact.put("phone", d.contact().phone());
        contact.put("email", d.contact().email());
        properties.put("contact", contact);
        properties.put("openingHours", d.openingHours());
        properties.put("createdAt", site.createdAt());
        properties.put("updatedAt", site.updatedAt());
        properties.put("version", site.version());
        return properties;
    }

    /**
     * A site as the API takes it. The organisation is given by identifier or by name.
     *
     * @param version the version read before a change, to refuse overwriting a newer change
     */
    record SiteRequest(
            @Nullable String name,
            @Nullable String address,
            @Nullable Double latitude,
            @Nullable Double longitude,
            @Nullable String sector,
            @Nullable String useType,
            @Nullable Long capacity,
            @Nullable UUID organisationId,
            @Nullable String organisation,
            @Nullable Contact contact,
            @Nullable String openingHours,
            @Nullable Long version) {

        SiteInput input() {
            return new SiteInput(
                    name,
                    address,
                    latitude == null ? null : latitude.toString(),
                    longitude == null ? null : longitude.toString(),
                    sector,
                    useType,
                    capacity == null ? null : capacity.toString(),
                    organisationId != null ? organisationId.toString() : organisation,
                    contact == null ? null : contact.name(),
                    contact == null ? null : contact.phone(),
                    contact == null ? null : contact.email(),
                    openingHours);
        }
    }

    record Contact(
            @Nullable String name,
            @Nullable String phone,
            @Nullable String email) {}

    static final class SiteRequestRejected extends RuntimeException {
        final transient List<FieldProblem> problems;

        SiteRequestRejected(List<FieldProblem> problems) {
            super("invalid site");
            this.problems = problems;
        }
    }
}
