package org.bulwark.sharing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Reader;
import org.bulwark.identity.Tlp;
import org.bulwark.sharing.Acknowledgements;
import org.bulwark.sharing.AttachmentFile;
import org.bulwark.sharing.Bulletin;
import org.bulwark.sharing.BulletinDraft;
import org.bulwark.sharing.BulletinKind;
import org.bulwark.sharing.BulletinNotFound;
import org.bulwark.sharing.BulletinPage;
import org.bulwark.sharing.BulletinQuery;
import org.bulwark.sharing.Bulletins;
import org.bulwark.sharing.NewAttachment;
import org.bulwark.sharing.Revision;
import org.bulwark.sharing.internal.BulletinText;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Bulletins over the API, through the same access policy as the pages. */
@RestController
@Tag(name = "Bulletins", description = "Bulletins marked with TLP, their audience, workflow and acknowledgements")
class BulletinsApi {

    private final Bulletins bulletins;
    private final ReaderOf readerOf;
    private final BulletinText text;

    BulletinsApi(Bulletins bulletins, ReaderOf readerOf, BulletinText text) {
        this.bulletins = bulletins;
        this.readerOf = readerOf;
        this.text = text;
    }

    @PostMapping("/api/v1/bulletins")
    @Operation(
            summary = "Write a draft bulletin",
            description =
                    "The audience lists keys such as network,"
                            + " sector:hotels-restaurants, region:harbourside, organisation:<id>, group:<id>, member:<account id>.")
    ResponseEntity<BulletinJson> create(@AuthenticationPrincipal BulwarkUser user, @RequestBody DraftJson draft) {
        Reader reader = readerOf.user(user);
        UUID id = bulletins.create(reader, draft.draft(null));
        return ResponseEntity.created(URI.create("/api/v1/bulletins/" + id)).body(json(reader, id));
    }

    @PutMapping("/api/v1/bulletins/{id}")
    @Operation(summary = "Change a bulletin; a published one becomes a new revision and needs a change note")
    BulletinJson update(
            @AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id, @RequestBody DraftJson draft) {
        Reader reader = readerOf.user(user);
        long version = draft.version() == null
                ? bulletins
                        .find(reader, id)
                        .orElseThrow(() -> new BulletinNotFound(id))
                        .version()
                : draft.version();
        bulletins.update(reader, id, version, draft.draft(draft.changeNote()));
        return json(reader, id);
    }

    @PostMapping("/api/v1/bulletins/{id}/submission")
    @Operation(summary = "Send a draft for review by a coordinator or analyst")
    BulletinJson submit(@AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id) {
        Reader reader = readerOf.user(user);
        bulletins.submitForReview(reader, id);
        return json(reader, id);
    }

    @PostMapping("/api/v1/bulletins/{id}/publish")
    @Operation(summary = "Publish a bulletin to its audience")
    BulletinJson publish(@AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id) {
        Reader reader = readerOf.user(user);
        bulletins.publish(reader, id);
        return json(reader, id);
    }

    @PostMapping("/api/v1/bulletins/{id}/retraction")
    @Operation(summary = "Retract a published bulletin, saying why")
    BulletinJson retract(
            @AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id, @RequestBody Map<String, String> body) {
        Reader reader = readerOf.user(user);
        bulletins.retract(reader, id, body.getOrDefault("reason", ""));
        return json(reader, id);
    }

    @GetMapping("/api/v1/bulletins")
    @Operation(summary = "The bulletins you may read, newest first, with search and filters")
    BulletinListJson list(
            @AuthenticationPrincipal BulwarkUser user,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) BulletinKind kind,
            @RequestParam(required = false) String tlp,
            @RequestParam(required = false) String sector,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "25") int size) {
        Tlp marking = tlp == null || tlp.isBlank() ? null : Tlp.parse(tlp);
        Reader reader = readerOf.user(user);
        BulletinQuery query = new BulletinQuery(q, kind, marking, sector, from, to, unread);
        BulletinPage found = bulletins.inbox(reader, query, page, size);
        long total = bulletins.count(reader, query);
        return new BulletinListJson(
                found.items(),
                found.page(),
                found.size(),
                found.hasNext(),
                Math.min(total, BulletinPage.COUNTED),
                total <= BulletinPage.COUNTED);
    }

    /**
     * A page of bulletins and how many match.
     *
     * @param total how many match, counted up to 1,000
     * @param exact false when more than 1,000 match
     */
    record BulletinListJson(
            List<org.bulwark.sharing.BulletinSummary> items,
            int page,
            int size,
            boolean hasNext,
            long total,
            boolean exact) {}

    @GetMapping("/api/v1/bulletins/{id}")
    @Operation(summary = "A bulletin you may read; opening it marks it read")
    BulletinJson get(@AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id) {
        Reader reader = readerOf.user(user);
        Bulletin bulletin = bulletins.open(reader, id).orElseThrow(() -> new BulletinNotFound(id));
        return BulletinJson.of(bulletin, text.html(bulletin.body()));
    }

    @PostMapping("/api/v1/bulletins/{id}/acknowledgements")
    @Operation(summary = "Acknowledge that you have read and understood a bulletin")
    ResponseEntity<Map<String, Object>> acknowledge(@AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id) {
        Reader reader = readerOf.user(user);
        bulletins.acknowledge(reader, id);
        Bulletin bulletin = bulletins.find(reader, id).orElseThrow(() -> new BulletinNotFound(id));
        return ResponseEntity.status(201)
                .body(Map.of(
                        "bulletin",
                        id,
                        "account",
                        reader.account(),
                        "acknowledgedAt",
                        bulletin.acknowledgedAt() == null ? Instant.now() : bulletin.acknowledgedAt()));
    }

    @GetMapping("/api/v1/bulletins/{id}/acknowledgements")
    @Operation(summary = "Who has and has not acknowledged a bulletin (its author and coordinators)")
    Acknowledgements acknowledgements(@AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id) {
        return bulletins.acknowledgements(readerOf.user(user), id);
    }

    @PostMapping("/api/v1/bulletins/{id}/reminders")
    @Operation(summary = "Remind those who have not acknowledged a bulletin")
    Map<String, Integer> remind(@AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id) {
        return Map.of("reminded", bulletins.remind(readerOf.user(user), id));
    }

    @GetMapping("/api/v1/bulletins/{id}/revisions")
    @Operation(summary = "The published revisions of a bulletin, oldest first")
    List<Revision> revisions(@AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id) {
        return bulletins.revisions(readerOf.user(user), id);
    }

    @PostMapping(value = "/api/v1/bulletins/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attach a file (checked by its content and size) to a bulletin you may change")
    ResponseEntity<Map<String, Object>> attach(
            @AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id, @RequestPart("file") MultipartFile file)
            throws IOException {
        UUID attachment = bulletins.attach(
                readerOf.user(user),
                id,
                new NewAttachment(file.getOriginalFilename(), file.getContentType(), file.getBytes()));
        return ResponseEntity.created(URI.create("/api/v1/bulletins/" + id + "/attachments/" + attachment))
                .body(Map.of("id", attachment));
    }

    @GetMapping("/api/v1/bulletins/{id}/attachments/{attachment}")
    @Operation(summary = "Download an attachment of a bulletin you may read")
    ResponseEntity<byte[]> attachment(
            @AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id, @PathVariable UUID attachment) {
        AttachmentFile file =
                bulletins.attachment(readerOf.user(user), id, attachment).orElseThrow(() -> new BulletinNotFound(id));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment")
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }

    private BulletinJson json(Reader reader, UUID id) {
        Bulletin bulletin = bulletins.find(reader, id).orElseThrow(() -> new BulletinNotFound(id));
        return BulletinJson.of(bulletin, text.html(bulletin.body()));
    }

    /** A bulletin as the API writes it. */
    record BulletinJson(
            UUID id,
            BulletinKind kind,
            String state,
            String tlp,
            String title,
            String body,
            String html,
            List<String> audience,
            boolean acknowledgementRequired,
            UUID authorId,
            String authorName,
            int revision,
            @Nullable String changeNote,
            Instant createdAt,
            Instant updatedAt,
            @Nullable Instant publishedAt,
            @Nullable Instant retractedAt,
            @Nullable String retractionReason,
            long version,
            boolean read,
            @Nullable Instant acknowledgedAt,
            List<Bulletin.Attachment> attachments) {

        static BulletinJson of(Bulletin b, String html) {
            return new BulletinJson(
                    b.id(),
                    b.kind(),
                    b.state().name(),
                    b.tlp().label().substring(4),
                    b.title(),
                    b.body(),
                    html,
                    b.audience(),
                    b.acknowledgementRequired(),
                    b.authorId(),
                    b.authorName(),
                    b.revision(),
                    b.changeNote(),
                    b.createdAt(),
                    b.updatedAt(),
                    b.publishedAt(),
                    b.retractedAt(),
                    b.retractionReason(),
                    b.version(),
                    b.read(),
                    b.acknowledgedAt(),
                    b.attachments());
        }
    }

    /** A bulletin as the API reads it. */
    record DraftJson(
            @Nullable BulletinKind kind,
            @Nullable String tlp,
            @Nullable String title,
            @Nullable String body,
            @Nullable List<String> audience,
            @Nullable Boolean acknowledgementRequired,
            @Nullable String changeNote,
            @Nullable Long version) {

        BulletinDraft draft(@Nullable String note) {
            return new BulletinDraft(
                    kind,
                    tlp,
                    title,
                    body,
                    audience == null ? List.of() : audience,
                    Boolean.TRUE.equals(acknowledgementRequired),
                    note);
        }
    }
}
