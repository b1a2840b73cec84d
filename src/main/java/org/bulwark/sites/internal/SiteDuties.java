package org.bulwark.sites.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.bulwark.files.AcceptedFile;
import org.bulwark.files.FileKind;
import org.bulwark.files.RejectedFile;
import org.bulwark.files.Rejection;
import org.bulwark.files.UploadCheck;
import org.bulwark.files.UploadVerdict;
import org.bulwark.identity.Role;
import org.bulwark.sites.Duty;
import org.bulwark.sites.Site;
import org.bulwark.sites.Tier;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The regulatory duties of each site by its tier, and the evidence that they are met. Operators of the site's
 * organisation, coordinators and advisors see and add evidence; coordinators see which sites miss what.
 */
@Service
@Transactional(readOnly = true)
public class SiteDuties {

    public static final int MAX_FILE_BYTES = 10 * 1024 * 1024;
    static final int NOTE_MAX = 4_000;

    /** Documents and pictures only: evidence is read by people, not imported. */
    static final UploadCheck EVIDENCE_FILES = UploadCheck.of(
            EnumSet.of(
                    FileKind.PDF,
                    FileKind.PNG,
                    FileKind.JPEG,
                    FileKind.GIF,
                    FileKind.WEBP,
                    FileKind.WORD,
                    FileKind.WORD_OPEN_XML,
                    FileKind.OPEN_DOCUMENT_TEXT,
                    FileKind.OPEN_DOCUMENT_SPREADSHEET,
                    FileKind.OPEN_DOCUMENT_PRESENTATION),
            MAX_FILE_BYTES);

    private final JdbcClient jdbc;
    private final SiteRegistry registry;
    private final Clock clock = Clock.systemUTC();

    public SiteDuties(JdbcClient jdbc, SiteRegistry registry) {
        this.jdbc = jdbc;
        this.registry = registry;
    }

    /** One piece of evidence, without its file content. */
    public record Evidence(
            UUID id,
            Duty duty,
            @Nullable String note,
            @Nullable LocalDate noteDate,
            @Nullable String fileName,
            @Nullable String contentType,
            @Nullable Integer fileSize,
            String addedByName,
            Instant addedAt) {

        public OffsetDateTime addedAtUtc() {
            return addedAt.atOffset(ZoneOffset.UTC);
        }

        public boolean hasFile() {
            return fileName != null;
        }
    }

    /** A duty of a site with its evidence; provided once there is at least one piece. */
    public record DutyState(Duty duty, List<Evidence> evidence) {

        public boolean provided() {
            return !evidence.isEmpty();
        }

        public String status() {
            return provided() ? "EVIDENCE_PROVIDED" : "MISSING";
        }
    }

    /** A site's duties. */
    public record Checklist(Site site, List<DutyState> duties) {

        public long missing() {
            return duties.stream().filter(d -> !d.provided()).count();
        }
    }

    /** A file to store as evidence, with the content type its sender declared (not trusted). */
    public record Upload(String fileName, @Nullable String contentType, byte[] content) {}

    /** A file as stored. */
    public record StoredFile(String fileName, String contentType, byte[] content) {}

    /** A site that misses duties, for the coordinators' overview. */
    public record Gap(UUID siteId, String siteName, String sectorCode, Tier tier, List<Duty> missing) {}

    /** The site if the person may see its duties: operators of its organisation, coordinators and advisors. */
    public Site site(UUID siteId, SiteAccess access) {
        if (!access.user().hasRole(Role.COORDINATOR, Role.ADVISOR, Role.OPERATOR)) {
            throw SiteAccess.forbidden("Only the site's operators, coordinators and advisors see its duties.");
        }
        return registry.get(siteId, access);
    }

    public Checklist checklist(UUID siteId, SiteAccess access) {
        Site site = site(siteId, access);
        Map<Duty, List<Evidence>> byDuty = new EnumMap<>(Duty.class);
        for (Evidence evidence : evidenceOf(site.id())) {
            byDuty.computeIfAbsent(evidence.duty(), d -> new ArrayList<>()).add(evidence);
        }
        List<DutyState> duties = Duty.of(site.tier()).stream()
                .map(duty -> new DutyState(duty, byDuty.getOrDefault(duty, List.of())))
                .toList();
        return new Checklist(site, duties);
    }

    /**
     * Stores evidence for a duty of the site: a file, a dated note, or both.
     *
     * @throws InvalidEvidence when the duty is not one of the site's, there is neither file nor note, the file is
     *     too large or not of an accepted kind, or the note is too long; nothing is stored then
     */
    @Transactional
    public Evidence addEvidence(
            UUID siteId,
            @Nullable String dutyName,
            @Nullable Upload upload,
            @Nullable String note,
            @Nullable LocalDate noteDate,
            SiteAccess access) {
        Site site = site(siteId, access);
        Duty duty = Duty.parse(dutyName);
        if (duty == null || !Duty.of(site.tier()).contains(duty)) {
            throw new InvalidEvidence(
                    "duty",
                    "sites.duties.error.duty",
                    "Choose one of the duties of this site's tier: " + Duty.of(site.tier()) + ".");
        }
        String text = note == null ? "" : note.strip();
        boolean hasFile = upload != null && upload.content().length > 0;
        if (!hasFile && text.isEmpty()) {
            throw new InvalidEvidence(
                    "file", "sites.duties.error.empty", "Attach a file, write a dated note, or both.");
        }
        if (text.length() > NOTE_MAX) {
            throw new InvalidEvidence(
                    "note",
                    "sites.duties.error.noteTooLong",
                    "The note is " + text.length() + " characters long; shorten it to " + NOTE_MAX + ".",
                    text.length(),
                    NOTE_MAX);
        }
        FileKind kind = null;
        String fileName = null;
        if (hasFile) {
            fileName = cleanName(upload.fileName());
            UploadVerdict verdict = EVIDENCE_FILES.check(fileName, upload.contentType(), upload.content());
            if (verdict instanceof RejectedFile rejected) {
                throw rejected.reason() == Rejection.TOO_LARGE
                        ? new InvalidEvidence(
                                "file",
                                "sites.duties.error.tooLarge",
                                "The file is " + megabytes(upload.content().length) + " MB; the limit is 10 MB.",
                                megabytes(upload.content().length))
                        : new InvalidEvidence(
                                "file",
                                "sites.duties.error.type",
                                "'" + fileName + "' is not a PDF, image, Word or OpenDocument file (checked by its"
                                        + " content; accepted: " + EVIDENCE_FILES.acceptedExtensions() + ").",
                                fileName,
                                EVIDENCE_FILES.acceptedExtensions());
            }
            kind = ((AcceptedFile) verdict).kind();
        }
        LocalDate date = text.isEmpty() ? null : (noteDate == null ? LocalDate.now(clock) : noteDate);
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into site_duty_evidence (id, site_id, duty, note, note_date, file_name, file_kind,"
                        + " content_type, file_size, content, added_by, added_by_name, added_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        site.id(),
                        duty.name(),
                        text.isEmpty() ? null : text,
                        date,
                        fileName,
                        kind == null ? null : kind.name(),
                        kind == null ? null : kind.contentType(),
                        hasFile ? upload.content().length : null,
                        hasFile ? upload.content() : null,
                        access.user().accountId(),
                        access.user().displayName(),
                        now.atOffset(ZoneOffset.UTC))
                .update();
        return new Evidence(
                id,
                duty,
                text.isEmpty() ? null : text,
                date,
                fileName,
                kind == null ? null : kind.contentType(),
                hasFile ? upload.content().length : null,
                access.user().displayName(),
                now);
    }

    /** The file of a piece of evidence of a site the person may see. */
    public Optional<StoredFile> file(UUID siteId, UUID evidenceId, SiteAccess access) {
        Site site = site(siteId, access);
        return jdbc.sql("select file_name, content_type, content from site_duty_evidence"
                        + " where id = ? and site_id = ? and content is not null")
                .params(evidenceId, site.id())
                .query((rs, row) ->
                        new StoredFile(rs.getString("file_name"), rs.getString("content_type"), rs.getBytes("content")))
                .optional();
    }

    /** Removes a piece of evidence of a site the person may see; false when there was none. */
    @Transactional
    public boolean removeEvidence(UUID siteId, UUID evidenceId, SiteAccess access) {
        Site site = site(siteId, access);
        return jdbc.sql("delete from site_duty_evidence where id = ? and site_id = ?")
                        .params(evidenceId, site.id())
                        .update()
                == 1;
    }

    /**
     * The sites in scope that miss at least one duty, by name; coordinators only.
     *
     * @param tier only sites of this tier, or null for both tiers in scope
     * @param sectorCode only sites of this sector, or null
     */
    public List<Gap> gaps(@Nullable Tier tier, @Nullable String sectorCode, SiteAccess access) {
        if (!access.user().hasRole(Role.COORDINATOR)) {
            throw SiteAccess.forbidden("Only coordinators see the duties of every site.");
        }
        Map<UUID, Set<Duty>> provided = new HashMap<>();
        jdbc.sql("select distinct site_id, duty from site_duty_evidence").query(rs -> {
            Duty duty = Duty.parse(rs.getString("duty"));
            if (duty != null) {
                provided.computeIfAbsent(rs.getObject("site_id", UUID.class), id -> EnumSet.noneOf(Duty.class))
                        .add(duty);
            }
        });
        StringBuilder sql =
                new StringBuilder("select id, name, sector_code, tier from site where tier <> 'OUT_OF_SCOPE'");
        List<Object> params = new ArrayList<>();
        if (tier != null) {
            sql.append(" and tier = ?");
            params.add(tier.name());
        }
        if (sectorCode != null && !sectorCode.isBlank()) {
            sql.append(" and sector_code = ?");
            params.add(sectorCode);
        }
        sql.append(" order by name, id");
        List<Gap> gaps = new ArrayList<>();
        jdbc.sql(sql.toString()).params(params).query(rs -> {
            UUID id = rs.getObject("id", UUID.class);
            Tier siteTier = Tier.valueOf(rs.getString("tier"));
            Set<Duty> done = provided.getOrDefault(id, Set.of());
            List<Duty> missing =
                    Duty.of(siteTier).stream().filter(d -> !done.contains(d)).toList();
            if (!missing.isEmpty()) {
                gaps.add(new Gap(id, rs.getString("name"), rs.getString("sector_code"), siteTier, missing));
            }
        });
        return gaps;
    }

    private List<Evidence> evidenceOf(UUID siteId) {
        return jdbc.sql("select id, duty, note, note_date, file_name, content_type, file_size, added_by_name, added_at"
                        + " from site_duty_evidence where site_id = ? order by added_at, id")
                .param(siteId)
                .query((rs, row) -> {
                    int size = rs.getInt("file_size");
                    Integer fileSize = rs.wasNull() ? null : size;
                    Duty duty = Duty.parse(rs.getString("duty"));
                    return new Evidence(
                            rs.getObject("id", UUID.class),
                            duty == null ? Duty.SECURITY_DOCUMENT : duty,
                            rs.getString("note"),
                            rs.getObject("note_date", LocalDate.class),
                            rs.getString("file_name"),
                            rs.getString("content_type"),
                            fileSize,
                            rs.getString("added_by_name"),
                            rs.getObject("added_at", OffsetDateTime.class).toInstant());
                })
                .list();
    }

    private static String cleanName(@Nullable String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).strip();
        base = base.replaceAll("[\\p{Cntrl}\"]", "_");
        if (base.isEmpty()) {
            base = "evidence";
        }
        return base.length() > 255 ? base.substring(base.length() - 255) : base;
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }
}
