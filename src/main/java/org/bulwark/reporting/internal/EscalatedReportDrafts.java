package org.bulwark.reporting.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.bulwark.identity.AccessPolicy;
import org.bulwark.identity.AccountSummary;
import org.bulwark.identity.Accounts;
import org.bulwark.identity.Audience;
import org.bulwark.identity.Reader;
import org.bulwark.partners.Organisation;
import org.bulwark.partners.Partners;
import org.bulwark.partners.Sector;
import org.bulwark.partners.SectorCatalogue;
import org.bulwark.reporting.EscalatedReports;
import org.bulwark.reporting.InvalidReport;
import org.bulwark.reporting.InvalidReport.Violation;
import org.bulwark.reporting.Report;
import org.bulwark.reporting.ReportConflict;
import org.bulwark.reporting.ReportDraft.Person;
import org.bulwark.reporting.ReportDraft.Vehicle;
import org.bulwark.reporting.ReportState;
import org.bulwark.reporting.Reports;
import org.bulwark.sharing.BulletinDraft;
import org.bulwark.sharing.BulletinKind;
import org.bulwark.sharing.Bulletins;
import org.bulwark.sharing.Indicator;
import org.bulwark.sharing.IndicatorCatalogue;
import org.bulwark.sharing.IndicatorDraft;
import org.bulwark.sharing.InvalidBulletin;
import org.bulwark.sharing.InvalidIndicator;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.Assert;

/**
 * Bulletin drafts and indicator examples from escalated reports. What they carry is the behaviour: the category, when,
 * the sector and an area rounded to about a kilometre, the description, what people did and what the vehicles looked
 * like, and the articulable facts. What they leave out is the reporter: name, account, organisation (whose identity
 * is the reporter's), contact details, receipt, the site (most often the reporter's own premises) and attachments;
 * where the free text names any of these, the name is replaced. Plates, phone numbers and handles of the people
 * described stay out too: sharing those identifiers with a whole sector is a decision the analyst takes in the
 * editor, not one a button takes for them.
 */
@Service
@Transactional
class EscalatedReportDrafts implements EscalatedReports {

    private static final String WITHHELD = "[…]";
    private static final int EXAMPLE_MAX = 500;

    private final Reports reports;
    private final ReportAccess access;
    private final Bulletins bulletins;
    private final IndicatorCatalogue catalogue;
    private final ReportCorrelation correlation;
    private final SectorCatalogue sectors;
    private final Partners partners;
    private final Accounts accounts;
    private final AccessPolicy policy;
    private final MessageSource messages;
    private final ReportingSettings settings;
    private final JdbcClient jdbc;
    private final Clock clock = Clock.systemUTC();

    EscalatedReportDrafts(
            Reports reports,
            ReportAccess access,
            Bulletins bulletins,
            IndicatorCatalogue catalogue,
            SectorCatalogue sectors,
            Partners partners,
            Accounts accounts,
            AccessPolicy policy,
            MessageSource messages,
            ReportingSettings settings,
            JdbcClient jdbc,
            ReportCorrelation correlation) {
        this.correlation = correlation;
        this.reports = reports;
        this.access = access;
        this.bulletins = bulletins;
        this.catalogue = catalogue;
        this.sectors = sectors;
        this.partners = partners;
        this.accounts = accounts;
        this.policy = policy;
        this.messages = messages;
        this.settings = settings;
        this.jdbc = jdbc;
    }

    @Override
    public UUID draftBulletin(Reader reader, UUID id, Locale locale) {
        Report report = escalated(reader, id);
        Redaction redaction = redaction(report);
        String category = categoryName(reader, report, locale);
        Sector sector = sector(report);
        String where =
                sector == null ? messages.getMessage("reporting.bulletin.network", null, locale) : sector.name(locale);
        String title = messages.getMessage("reporting.bulletin.title", new Object[] {category, where}, locale);
        UUID bulletin;
        try {
            bulletin = bulletins.create(
                    reader,
                    new BulletinDraft(
                            BulletinKind.INTELLIGENCE_PRODUCT,
                            "AMBER",
                            title,
                            body(report, redaction, category, sector, locale),
                            List.of(sector == null ? Audience.NETWORK.key() : "sector:" + sector.code()),
                            false,
                            null));
        } catch (InvalidBulletin invalid) {
            throw new InvalidReport(invalid.problems().stream()
                    .map(p -> new Violation("bulletin", p.messageKey(), p.message()))
                    .toList());
        }
        history(reader, id, "BULLETIN_DRAFTED", bulletin.toString());
        return bulletin;
    }

    @Override
    public IndicatorProposal proposeIndicator(Reader reader, UUID id, Locale locale) {
        Report report = escalated(reader, id);
        IndicatorProposal proposal = proposal(reader, report, locale);
        history(reader, id, "INDICATOR_PROPOSED", report.category() + ": " + proposal.example());
        return proposal;
    }

    @Override
    public IndicatorProposal applyIndicator(Reader reader, UUID id, String exampleEn, String exampleFr) {
        Report report = escalated(reader, id);
        if (!policy.mayEditIndicatorCatalogue(reader)) {
            throw new AccessDeniedException("Only coordinators edit the indicator catalogue.");
        }
        String english = ReportChecks.trimmed(exampleEn);
        String french = ReportChecks.trimmed(exampleFr);
        if (english == null && french == null) {
            throw new InvalidReport(
                    List.of(new Violation("exampleEn", "reporting.error.example.blank", "Write the example to add.")));
        }
        Indicator indicator = category(reader, report);
        List<String> en = new ArrayList<>(indicator.examplesEn());
        List<String> fr = new ArrayList<>(indicator.examplesFr());
        if (english != null) {
            en.add(english);
        }
        if (french != null) {
            fr.add(french);
        }
        Indicator updated;
        try {
            updated = catalogue.update(
                    reader,
                    indicator.code(),
                    new IndicatorDraft(
                            indicator.code(),
                            indicator.part().name(),
                            indicator.category(),
                            indicator.sector(),
                            indicator.nameEn(),
                            indicator.nameFr(),
                            indicator.descriptionEn(),
                            indicator.descriptionFr(),
                            en,
                            fr,
                            null,
                            null,
                            null));
        } catch (InvalidIndicator invalid) {
            throw new InvalidReport(invalid.violations().stream()
                    .map(v -> new Violation(
                            v.field().startsWith("examplesFr") ? "exampleFr" : "exampleEn",
                            v.code(),
                            v.message(),
                            v.arguments()))
                    .toList());
        }
        history(reader, id, "INDICATOR_UPDATED", updated.code() + ": " + (english != null ? english : french));
        return new IndicatorProposal(
                updated.code(),
                updated.nameEn(),
                english != null ? english : french,
                updated.examplesEn(),
                updated.examplesFr());
    }

    @Override
    public boolean mayEditCatalogue(Reader reader) {
        return policy.mayEditIndicatorCatalogue(reader);
    }

    // ---------------------------------------------------------------------------------------------- the texts

    private String body(Report report, Redaction redaction, String category, @Nullable Sector sector, Locale locale) {
        StringBuilder body = new StringBuilder();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(settings.timeZone());
        line(body, locale, "reporting.bulletin.category", category);
        line(
                body,
                locale,
                "reporting.bulletin.when",
                report.observedAt() == null
                        ? messages.getMessage("reporting.bulletin.unknown", null, locale)
                        : dates.format(report.observedAt()));
        line(
                body,
                locale,
                "reporting.bulletin.sector",
                sector == null ? messages.getMessage("reporting.bulletin.unknown", null, locale) : sector.name(locale));
        if (report.located()) {
            line(
                    body,
                    locale,
                    "reporting.bulletin.area",
                    messages.getMessage(
                            "reporting.bulletin.area.value",
                            new Object[] {coarse(report.latitude()), coarse(report.longitude())},
                            locale));
        }
        body.append('\n');
        section(body, locale, "reporting.bulletin.what");
        body.append(redaction.apply(report.description())).append("\n\n");
        List<String> people = new ArrayList<>();
        for (Person person : report.people()) {
            String behaviour = redaction.apply(person.behaviour());
            String appearance = redaction.apply(person.appearance());
            if (!behaviour.isEmpty() && !appearance.isEmpty()) {
                people.add(behaviour + " (" + appearance + ")");
            } else if (!behaviour.isEmpty() || !appearance.isEmpty()) {
                people.add(behaviour.isEmpty() ? appearance : behaviour);
            }
        }
        list(body, locale, "reporting.bulletin.people", people);
        List<String> vehicles = new ArrayList<>();
        for (Vehicle vehicle : report.vehicles()) {
            String description = redaction.apply(vehicle.description());
            if (!description.isEmpty()) {
                vehicles.add(description);
            }
        }
        list(body, locale, "reporting.bulletin.vehicles", vehicles);
        section(body, locale, "reporting.bulletin.facts");
        body.append(redaction.apply(report.articulableFacts())).append('\n');
        return body.toString();
    }

    private void line(StringBuilder body, Locale locale, String key, String value) {
        body.append("**")
                .append(messages.getMessage(key, null, locale))
                .append("**: ")
                .append(value)
                .append("  \n");
    }

    private void section(StringBuilder body, Locale locale, String key) {
        body.append("### ").append(messages.getMessage(key, null, locale)).append("\n\n");
    }

    private void list(StringBuilder body, Locale locale, String key, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        section(body, locale, key);
        items.forEach(item -> body.append("- ").append(item).append('\n'));
        body.append('\n');
    }

    /** About a kilometre: two decimals of a degree. */
    private static String coarse(@Nullable Double degrees) {
        return degrees == null
                ? ""
                : BigDecimal.valueOf(degrees).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private IndicatorProposal proposal(Reader reader, Report report, Locale locale) {
        Indicator indicator = category(reader, report);
        Redaction redaction = redaction(report);
        List<String> behaviours = report.people().stream()
                .map(p -> redaction.apply(p.behaviour()))
                .filter(text -> !text.isEmpty())
                .toList();
        String example = behaviours.isEmpty() ? redaction.apply(report.description()) : String.join("; ", behaviours);
        example = example.replaceAll("\\s+", " ").strip();
        if (example.length() > EXAMPLE_MAX) {
            example = example.substring(0, EXAMPLE_MAX - 1) + "…";
        }
        return new IndicatorProposal(
                indicator.code(), indicator.name(locale), example, indicator.examplesEn(), indicator.examplesFr());
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private Report escalated(Reader reader, UUID id) {
        Assert.notNull(reader, "reader must not be null");
        if (!access.mayTriage(reader)) {
            throw new AccessDeniedException("Only analysts and coordinators share what reports show.");
        }
        Report report = reports.get(reader, id);
        if (report.state() != ReportState.ESCALATED) {
            throw new ReportConflict(
                    report.reference() + " is not escalated; only escalated reports are turned into intelligence.");
        }
        return report;
    }

    private Indicator category(Reader reader, Report report) {
        String code = report.category();
        if (code == null) {
            throw new ReportConflict(report.reference() + " has no behaviour category.");
        }
        return catalogue
                .find(reader, code)
                .filter(Indicator::isCategory)
                .orElseThrow(() -> new ReportConflict("The behaviour category '" + code + "' is not readable."));
    }

    private String categoryName(Reader reader, Report report, Locale locale) {
        String code = report.category();
        return code == null
                ? messages.getMessage("reporting.report.noCategory", null, locale)
                : catalogue.find(reader, code).map(i -> i.name(locale)).orElse(code);
    }

    /** The report's sector, or for a report placed by coordinates alone the sector of the site it was seen beside. */
    private @Nullable Sector sector(Report report) {
        String code = report.sector() != null
                ? report.sector()
                : correlation
                        .facts(report.id())
                        .map(correlation::placed)
                        .map(CorrelationFacts::sector)
                        .orElse(null);
        if (code == null) {
            return null;
        }
        return sectors.all().stream()
                .filter(s -> s.code().equals(code) && s.active())
                .findFirst()
                .orElse(null);
    }

    /** The names and details that identify the reporter, replaced wherever the free text repeats them. */
    private Redaction redaction(Report report) {
        Set<String> names = new java.util.LinkedHashSet<>();
        add(names, report.reportingName());
        add(names, report.siteName());
        if (report.organisation() != null) {
            partners.find(report.organisation()).map(Organisation::name).ifPresent(name -> add(names, name));
        }
        if (report.reportingAccount() != null) {
            accounts.find(report.reportingAccount()).ifPresent(account -> {
                add(names, account.displayName());
                add(names, account.username());
                add(names, account.email());
            });
        }
        if (report.contact() != null) {
            add(names, report.contact().name());
            add(names, report.contact().email());
            add(names, report.contact().phone());
        }
        return new Redaction(names.stream()
                .sorted((a, b) -> b.length() - a.length())
                .map(name -> Pattern.compile(Pattern.quote(name), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                .toList());
    }

    private static void add(Set<String> names, @Nullable String name) {
        if (name != null && name.strip().length() >= 3) {
            names.add(name.strip());
        }
    }

    private record Redaction(List<Pattern> patterns) {

        String apply(@Nullable String text) {
            if (text == null) {
                return "";
            }
            String result = text.strip();
            for (Pattern pattern : patterns) {
                result = pattern.matcher(result).replaceAll(WITHHELD);
            }
            return result;
        }
    }

    private void history(Reader reader, UUID report, String kind, String detail) {
        jdbc.sql("insert into report_event (id, report_id, happened_at, actor, actor_name, kind, from_state,"
                        + " to_state, detail) values (?, ?, ?, ?, ?, ?, null, null, ?)")
                .params(
                        UUID.randomUUID(),
                        report,
                        OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC),
                        reader.account(),
                        accounts.find(reader.account())
                                .map(AccountSummary::displayName)
                                .orElse(null),
                        kind,
                        detail)
                .update();
    }
}
