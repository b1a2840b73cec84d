package org.bulwark.sites.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.sites.internal.CsvSiteFile;
import org.bulwark.sites.internal.ImportError;
import org.bulwark.sites.internal.ImportFormat;
import org.bulwark.sites.internal.ImportJob;
import org.bulwark.sites.internal.ImportJobs;
import org.bulwark.sites.internal.SiteAccess;
import org.bulwark.sites.internal.SiteImporter;
import org.bulwark.sites.internal.SiteRegistry;
import org.bulwark.sites.internal.SitesSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/** Upload of a CSV or GeoJSON file, its live progress and its report. */
@Controller
@RequestMapping("/sites/import")
class SiteImportController {

    /** A few rows that pass, one per common case, so that people see what a good file looks like. */
    static final String TEMPLATE = CsvSiteFile.COLUMNS + "\r\n"
            + "Riverside Arena,1 Quay Street,51.5074,-0.1278,stadia-arenas,arena,12000,,Sam Carter,+44 20 7946 0001,"
            + "security@riverside.example,Event days 17:00-23:30\r\n"
            + "St Mary's Church,2 Church Lane,51.5101,-0.1340,places-of-worship,place-of-worship,900,,,,,"
            + "Daily 08:00-19:00\r\n"
            + "\"The Lantern, Bar & Kitchen\",14 Market Row,51.5122,-0.1223,night-time-economy,bar-pub,350,,"
            + "Alex Moreau,+44 20 7946 0002,,Mon-Sat 12:00-02:00\r\n";

    static final List<String> COLUMNS = List.of(CsvSiteFile.COLUMNS.split(","));

    static final List<String> REQUIRED = CsvSiteFile.REQUIRED;

    static final String GEOJSON_EXAMPLE = """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature",
               "geometry": {"type": "Point", "coordinates": [-0.1278, 51.5074]},
               "properties": {"name": "Riverside Arena", "address": "1 Quay Street",
                              "sector": "stadia-arenas", "use_type": "arena", "capacity": 12000,
                              "organisation": "", "opening_hours": "Event days 17:00-23:30"}}
            ]}""";

    private final SiteRegistry registry;
    private final SiteImporter importer;
    private final ImportJobs jobs;
    private final MessageSource messages;
    private final SitesSettings settings;

    SiteImportController(
            SiteRegistry registry,
            SiteImporter importer,
            ImportJobs jobs,
            MessageSource messages,
            SitesSettings settings) {
        this.registry = registry;
        this.importer = importer;
        this.jobs = jobs;
        this.messages = messages;
        this.settings = settings;
    }

    @GetMapping
    String page(@AuthenticationPrincipal BulwarkUser user, Model model) {
        SiteAccess access = registry.access(user);
        access.requireCreate();
        return page(model, access);
    }

    @PostMapping
    String upload(
            @AuthenticationPrincipal BulwarkUser user,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            Model model,
            Locale locale)
            throws IOException {
        SiteAccess access = registry.access(user);
        access.requireCreate();
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", "sites.import.noFile");
            return page(model, access);
        }
        byte[] content = file.getBytes();
        String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
        UUID id = importer.start(
                content, name, ImportFormat.detect(name, file.getContentType(), content), access, locale);
        return "redirect:/sites/import/" + id;
    }

    @GetMapping("/{id}")
    String progress(
            @AuthenticationPrincipal BulwarkUser user,
            @PathVariable UUID id,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model,
            Locale locale) {
        SiteAccess access = registry.access(user);
        ImportJob job = job(id, access, locale);
        int shown = settings.imports().reportedErrorsShown();
        List<ImportError> errors = job.running() ? List.of() : jobs.errors(id, shown);
        model.addAttribute("job", job);
        model.addAttribute("errors", errors);
        model.addAttribute("moreErrors", job.rejectedRows() > errors.size() && !job.running());
        return htmx != null ? "sites/import-job :: job" : "sites/import-job";
    }

    @GetMapping(value = "/{id}/errors.csv")
    ResponseEntity<String> errorsCsv(@AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id, Locale locale) {
        SiteAccess access = registry.access(user);
        ImportJob job = job(id, access, locale);
        StringBuilder csv =
                new StringBuilder(job.format() == ImportFormat.CSV ? "line,reason\r\n" : "feature,reason\r\n");
        for (ImportError error : jobs.errors(id, Integer.MAX_VALUE)) {
            csv.append(error.position())
                    .append(",\"")
                    .append(error.message().replace("\"", "\"\""))
                    .append("\"\r\n");
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"rejected-rows-" + id + ".csv\"")
                .body(csv.toString());
    }

    @GetMapping("/template.csv")
    ResponseEntity<String> template() {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"sites-template.csv\"")
                .body(TEMPLATE);
    }

    private String page(Model model, SiteAccess access) {
        model.addAttribute("recent", jobs.recent(access, 10));
        model.addAttribute("columns", COLUMNS);
        model.addAttribute("requiredColumns", REQUIRED);
        model.addAttribute("geoJsonExample", GEOJSON_EXAMPLE);
        return "sites/import";
    }

    private ImportJob job(UUID id, SiteAccess access, Locale locale) {
        return jobs.find(id, access, messages.getMessage("sites.import.interrupted", null, locale))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such import."));
    }
}
