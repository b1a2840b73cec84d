package org.bulwark.sharing.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bulwark.files.AcceptedFile;
import org.bulwark.files.FileKind;
import org.bulwark.files.RejectedFile;
import org.bulwark.files.UploadCheck;
import org.bulwark.files.UploadVerdict;
import org.bulwark.identity.AccessPolicy;
import org.bulwark.identity.AccountSummary;
import org.bulwark.identity.Accounts;
import org.bulwark.identity.Audience;
import org.bulwark.identity.AudienceKind;
import org.bulwark.identity.Reader;
import org.bulwark.identity.Tlp;
import org.bulwark.notify.Notifications;
import org.bulwark.partners.PartnerDirectory;
import org.bulwark.partners.Partners;
import org.bulwark.partners.SharingGroups;
import org.bulwark.sharing.BulletinDraft;
import org.bulwark.sharing.BulletinKind;
import org.bulwark.sharing.InvalidBulletin;
import org.bulwark.sharing.NewAttachment;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The rules a bulletin's content, audience and attachments must keep before anything is written. */
@Component
class BulletinChecks {

    static final int TITLE_MAX = 200;
    static final int BODY_MAX = 100_000;
    static final int AUDIENCE_MAX = 200;
    static final Set<FileKind> ATTACHMENTS = EnumSet.allOf(FileKind.class);

    private final AccessPolicy policy;
    private final PartnerDirectory directory;
    private final Partners partners;
    private final SharingGroups groups;
    private final Accounts accounts;
    private final MessageSource messages;
    private final Notifications notifications;
    private final SharingSettings settings;

    BulletinChecks(
            AccessPolicy policy,
            PartnerDirectory directory,
            Partners partners,
            SharingGroups groups,
            Accounts accounts,
            MessageSource messages,
            Notifications notifications,
            SharingSettings settings) {
        this.policy = policy;
        this.directory = directory;
        this.partners = partners;
        this.groups = groups;
        this.accounts = accounts;
        this.messages = messages;
        this.notifications = notifications;
        this.settings = settings;
    }

    /** The draft with its marking parsed and its audience in stored form, or every problem it has at once. */
    Checked check(Reader author, BulletinDraft draft, boolean revision) {
        List<InvalidBulletin.Problem> problems = new ArrayList<>();
        if (draft.kind() == null) {
            problems.add(new InvalidBulletin.Problem("kind", "sharing.error.kind", "Choose the kind of bulletin."));
        } else if (!draft.kind().mayBeWrittenBy(author, policy)) {
            problems.add(new InvalidBulletin.Problem(
                    "kind", "sharing.error.kind.notAllowed", "You may not write this kind of bulletin."));
        }
        Tlp tlp = null;
        try {
            tlp = Tlp.parse(draft.tlp());
        } catch (IllegalArgumentException e) {
            problems.add(new InvalidBulletin.Problem("tlp", "sharing.error.tlp", e.getMessage()));
        }
        String title = draft.title() == null ? "" : draft.title().strip().replaceAll("\\s+", " ");
        if (title.isEmpty() || title.length() > TITLE_MAX) {
            problems.add(new InvalidBulletin.Problem(
                    "title", "sharing.error.title", "Give a title of 1 to " + TITLE_MAX + " characters."));
        }
        String body =
                draft.body() == null ? "" : draft.body().replace("\r\n", "\n").strip();
        if (body.isEmpty() || body.length() > BODY_MAX) {
            problems.add(new InvalidBulletin.Problem(
                    "body", "sharing.error.body", "Write the text, at most " + BODY_MAX + " characters."));
        }
        Set<String> audience = audience(draft.audience(), tlp, problems);
        String changeNote =
                draft.changeNote() == null ? null : draft.changeNote().strip();
        if (revision && (changeNote == null || changeNote.isEmpty() || changeNote.length() > 1000)) {
            problems.add(new InvalidBulletin.Problem(
                    "changeNote",
                    "sharing.error.changeNote",
                    "Say in up to 1,000 characters what changed, for the readers of the earlier revision."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidBulletin(problems);
        }
        return new Checked(
                draft.kind(),
                tlp,
                title,
                body,
                audience,
                draft.acknowledgementRequired(),
                revision ? changeNote : null);
    }

    private Set<String> audience(List<String> keys, Tlp tlp, List<InvalidBulletin.Problem> problems) {
        Set<String> audience = new LinkedHashSet<>();
        List<String> regions = null;
        for (String raw : keys) {
            if (raw == null || raw.isBlank()) {
                continue;
            }
            Audience part;
            try {
                part = Audience.ofKey(raw.strip());
            } catch (IllegalArgumentException e) {
                problems.add(new InvalidBulletin.Problem(
                        "audience", "sharing.error.audience.unknown", "'" + raw + "' is not an audience."));
                continue;
            }
            boolean known = switch (part.kind()) {
                case NETWORK -> true;
                case SECTOR -> directory.sector(part.reference()).isPresent();
                case REGION -> {
                    if (regions == null) {
                        regions = partners.regions().stream()
                                .map(region -> region.toLowerCase(Locale.ROOT))
                                .toList();
                    }
                    yield regions.contains(part.reference());
                }
                case ORGANISATION ->
                    uuid(part.reference()) != null
                            && directory.organisation(uuid(part.reference())).isPresent();
                case GROUP ->
                    uuid(part.reference()) != null
                            && groups.find(uuid(part.reference())).isPresent();
                case MEMBER ->
                    uuid(part.reference()) != null
                            && accounts.find(uuid(part.reference()))
                                    .filter(AccountSummary::enabled)
                                    .isPresent();
            };
            if (!known) {
                problems.add(new InvalidBulletin.Problem(
                        "audience",
                        "sharing.error.audience.unknown",
                        "The audience '" + raw + "' names no " + part.kind().prefix() + " of the network."));
                continue;
            }
            audience.add(part.key());
        }
        if (audience.isEmpty()) {
            problems.add(new InvalidBulletin.Problem(
                    "audience", "sharing.error.audience.empty", "Choose who the bulletin is for."));
        } else if (audience.size() > AUDIENCE_MAX) {
            problems.add(new InvalidBulletin.Problem(
                    "audience",
                    "sharing.error.audience.tooMany",
                    "An audience has at most " + AUDIENCE_MAX + " parts."));
        }
        if (tlp == Tlp.RED && audience.stream().anyMatch(key -> !key.startsWith(AudienceKind.MEMBER.prefix() + ":"))) {
            problems.add(new InvalidBulletin.Problem(
                    "audience",
                    "sharing.error.audience.red",
                    "TLP:RED is for named people only: address it to people, not to sectors, regions,"
                            + " organisations, groups or the network."));
        }
        return audience;
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    CheckedFile checkFile(NewAttachment file) {
        String name = file.fileName() == null ? "" : file.fileName().strip();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        if (name.isEmpty() || name.length() > 255) {
            throw new InvalidBulletin(
                    "file", "sharing.error.file.name", "The file needs a name of up to 255 characters.");
        }
        UploadVerdict verdict = UploadCheck.of(
                        ATTACHMENTS, settings.attachmentLimit().toBytes())
                .check(name, file.declaredType(), file.content());
        if (verdict instanceof RejectedFile rejected) {
            String key = switch (rejected.reason()) {
                case EMPTY -> "sharing.error.file.empty";
                case TOO_LARGE -> "sharing.error.file.tooLarge";
                case EXTENSION_NOT_ACCEPTED -> "sharing.error.file.type";
                case CONTENT_MISMATCH -> "sharing.error.file.disguised";
            };
            throw new InvalidBulletin("file", key, rejected.message());
        }
        AcceptedFile accepted = (AcceptedFile) verdict;
        return new CheckedFile(name, accepted.contentType(), sha256(file.content()));
    }

    String plainText(String markdown) {
        return MarkdownText.plainText(markdown);
    }

    Map<UUID, String> organisationNames(Collection<UUID> ids) {
        return directory.namesOf(ids);
    }

    String message(String key) {
        return messages.getMessage(key, null, notifications.locale());
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    record Checked(
            BulletinKind kind,
            Tlp tlp,
            String title,
            String body,
            Set<String> audience,
            boolean acknowledgementRequired,
            String changeNote) {}

    record CheckedFile(String fileName, String contentType, String sha256) {}
}
