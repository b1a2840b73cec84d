package org.bulwark.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.bulwark.reporting.Receipt;
import org.bulwark.reporting.ReceiptStatus;
import org.bulwark.reporting.ReportDraft;
import org.bulwark.reporting.ReportDraft.Contact;
import org.bulwark.reporting.ReportDraft.Handle;
import org.bulwark.reporting.ReportDraft.Person;
import org.bulwark.reporting.ReportDraft.Vehicle;
import org.bulwark.reporting.ReportFile;
import org.bulwark.reporting.ReportNotFound;
import org.bulwark.reporting.Reports;
import org.bulwark.reporting.web.ReportsApi.FileBody;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reports from the public, without an account: limited per network address, and answered with a receipt code with
 * which the reporter adds information later.
 */
@RestController
@RequestMapping("/api/v1/public/reports")
@Tag(name = "Public reporting")
class PublicReportsApi {

    private final Reports reports;
    private final PublicIntake intake;

    PublicReportsApi(Reports reports, PublicIntake intake) {
        this.reports = reports;
        this.intake = intake;
    }

    /**
     * A report from the public. Contact details are optional. Photos only (JPEG, PNG, WebP), their bytes in base 64;
     * with {@code usePhotoLocation} a photo's recorded location places a report that gives none.
     *
     * @param website leave empty: it is a trap for scripts
     */
    record PublicReportBody(
            @Nullable Instant observedAt,
            @Nullable Double latitude,
            @Nullable Double longitude,
            @Nullable String description,
            @Nullable List<Person> people,
            @Nullable List<Vehicle> vehicles,
            @Nullable List<String> phoneNumbers,
            @Nullable List<Handle> handles,
            @Nullable Contact contact,
            @Nullable List<FileBody> photos,
            @Nullable Boolean usePhotoLocation,
            @Nullable String language,
            @Nullable String website) {

        ReportDraft draft() {
            return new ReportDraft(
                    observedAt,
                    latitude,
                    longitude,
                    null,
                    null,
                    null,
                    description,
                    people,
                    vehicles,
                    phoneNumbers,
                    handles,
                    contact,
                    language);
        }

        List<ReportFile> files() {
            return photos == null
                    ? List.of()
                    : photos.stream().map(FileBody::file).toList();
        }
    }

    /** Information added later; text, photos, or both. */
    record AdditionBody(
            @Nullable String text,
            @Nullable List<FileBody> photos,
            @Nullable String website) {}

    /**
     * The receipt of a new public report.
     *
     * @param receipt the code with which to add information later; shown once, it cannot be recovered
     */
    record ReceiptBody(UUID id, String reference, String receipt, String receiptUrl) {}

    @PostMapping
    @Operation(
            summary = "Send a report as a member of the public",
            description = "No account needed. Answers 201 with the reference and a receipt code, committed before"
                    + " the answer. 400 lists each field to correct and nothing is stored; 429 when this address"
                    + " sent too many reports lately.")
    ResponseEntity<ReceiptBody> submit(HttpServletRequest request, @RequestBody PublicReportBody body) {
        intake.admit(request, body.website());
        Receipt receipt =
                reports.submitPublic(body.draft(), body.files(), Boolean.TRUE.equals(body.usePhotoLocation()));
        String url = "/report/" + receipt.code();
        return ResponseEntity.created(URI.create("/api/v1/public/reports/" + receipt.code()))
                .body(new ReceiptBody(receipt.report(), receipt.reference(), receipt.code(), url));
    }

    @GetMapping("/{receipt}")
    @Operation(
            summary = "Where a public report stands",
            description = "By its receipt code: reference, time received, state and how much was added since.")
    ReceiptStatus status(@PathVariable String receipt) {
        return reports.receipt(receipt).orElseThrow(() -> new ReportNotFound("with this receipt code"));
    }

    @PostMapping("/{receipt}/additions")
    @Operation(
            summary = "Add information to a public report",
            description = "By its receipt code, without an account. 404 when the code is no receipt; 429 when this"
                    + " address sent too much lately.")
    ReceiptStatus add(HttpServletRequest request, @PathVariable String receipt, @RequestBody AdditionBody body) {
        intake.admit(request, body.website());
        List<ReportFile> files = body.photos() == null
                ? List.of()
                : body.photos().stream().map(FileBody::file).toList();
        return reports.addToReceipt(receipt, body.text(), files);
    }
}
