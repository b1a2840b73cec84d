package org.bulwark.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.bulwark.identity.AccountSummary;
import org.bulwark.identity.Accounts;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.NewAccount;
import org.bulwark.identity.Reader;
import org.bulwark.identity.Readers;
import org.bulwark.identity.Role;
import org.bulwark.partners.MemberDetails;
import org.bulwark.partners.OrganisationDetails;
import org.bulwark.partners.Partners;
import org.bulwark.partners.SharingGroupDetails;
import org.bulwark.partners.SharingGroups;
import org.bulwark.reporting.Receipt;
import org.bulwark.reporting.ReportSafeguards;
import org.bulwark.reporting.Reports;
import org.bulwark.risk.RiskAssessments;
import org.bulwark.sharing.Bulletins;
import org.bulwark.sites.SiteContact;
import org.bulwark.sites.SiteDetails;
import org.bulwark.sites.Sites;
import org.bulwark.sites.UseType;
import org.bulwark.threat.LevelChange;
import org.bulwark.threat.MeasureStatements;
import org.bulwark.threat.MeasureStatus;
import org.bulwark.threat.Scope;
import org.bulwark.threat.ThreatLevels;
import org.bulwark.threat.Visibility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads Port Alder into an empty network through the modules' own APIs, so that the demo obeys every rule real
 * data does. Runs with the demo profile only and never with the postgres profile; a network that already has the
 * demo coordinator is left alone.
 */
@Component
@Profile("demo & !postgres")
class DemoNetworkLoader implements ApplicationRunner {

    /** The password of every demo account, as the README lists it. */
    static final String DEMO_PASSWORD = "bulwark-demo";

    private static final Logger log = LoggerFactory.getLogger(DemoNetworkLoader.class);

    private final DemoCity city = new DemoCity();
    private final Accounts accounts;
    private final Partners partners;
    private final SharingGroups sharingGroups;
    private final Sites sites;
    private final ThreatLevels threatLevels;
    private final RiskAssessments assessments;
    private final MeasureStatements statements;
    private final TransactionTemplate transactions;
    private final Bulletins bulletins;
    private final Readers readers;
    private final Reports reports;
    private final ReportSafeguards safeguards;
    private final Map<String, UUID> accountIds = new HashMap<>();

    DemoNetworkLoader(
            Accounts accounts,
            Partners partners,
            SharingGroups sharingGroups,
            Sites sites,
            ThreatLevels threatLevels,
            RiskAssessments assessments,
            MeasureStatements statements,
            TransactionTemplate transactions,
            Bulletins bulletins,
            Readers readers,
            Reports reports,
            ReportSafeguards safeguards) {
        this.accounts = accounts;
        this.partners = partners;
        this.sharingGroups = sharingGroups;
        this.sites = sites;
        this.threatLevels = threatLevels;
        this.assessments = assessments;
        this.statements = statements;
        this.transactions = transactions;
        this.bulletins = bulletins;
        this.readers = readers;
        this.reports = reports;
        this.safeguards = safeguards;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (accounts.exists("coordinator")) {
            log.info("Demo network already loaded; leaving it as it is");
            return;
        }
        // one transaction: a start-up interrupted half-way leaves no half-loaded network behind
        transactions.executeWithoutResult(status -> load());
        log.info(
                "Demo network of {} loaded: {} organisations, {} members, {} accounts, {} sharing groups, {} sites",
                city.name(),
                city.organisations().size(),
                city.members().size(),
                city.accounts().size(),
                city.sharingGroups().size(),
                city.demoSites().size());
    }

    private void load() {
        Map<UUID, UUID> organisationIds = registerOrganisations();
        Map<UUID, UUID> accountOfMember = registerAccounts();
        registerMembers(organisationIds, accountOfMember);
        registerSharingGroups(organisationIds);
        List<UUID> siteIds = registerSites(organisationIds);
        setNationalLevel();
        registerStatements(siteIds);
        registerAssessments(siteIds);
        publishBulletins();
        sendReports(siteIds);
    }

    /** A few suspicious-activity reports, two of them from hotels about the same car, one from the public. */
    private void sendReports(List<UUID> siteIds) {
        List<DemoSite> demoSites = city.demoSites();
        List<UUID> hotels = new ArrayList<>();
        for (int i = 0; i < demoSites.size() && hotels.size() < 2; i++) {
            if ("hotel".equals(demoSites.get(i).useType())) {
                hotels.add(siteIds.get(i));
            }
        }
        if (hotels.size() < 2) {
            return;
        }
        Receipt receipt = DemoReports.send(
                reports,
                safeguards,
                reader("operator", Role.OPERATOR),
                reader("integration", Role.INTEGRATION),
                reader("analyst", Role.ANALYST),
                hotels,
                Instant.now());
        log.info("Demo public report {} can be followed at /report/{}", receipt.reference(), receipt.code());
    }

    /** A few bulletins out to the network, written by the demo's police, its advisor and an operator. */
    private void publishBulletins() {
        UUID harbourside = sharingGroups.list().stream()
                .filter(group -> group.name().equals("Harbourside venue security"))
                .findFirst()
                .orElseThrow()
                .id();
        DemoBulletins.publish(
                bulletins,
                reader("coordinator", Role.COORDINATOR),
                reader("advisor", Role.ADVISOR),
                reader("operator", Role.OPERATOR),
                harbourside);
    }

    private Reader reader(String username, Role role) {
        return readers.reader(accountIds.get(username), role);
    }

    /** The national level as the UK stated it when the demo was written, set by the demo coordinator. */
    private void setNationalLevel() {
        AccountSummary coordinator = accounts.findByUsername("coordinator").orElseThrow();
        threatLevels.change(
                new LevelChange(
                        Scope.NATIONAL,
                        "SUBSTANTIAL",
                        "National assessment by the Joint Terrorism Analysis Centre",
                        null,
                        Visibility.PUBLIC),
                BulwarkUser.of(
                        coordinator.id(), coordinator.username(), coordinator.displayName(), coordinator.role()));
    }

    private Map<UUID, UUID> registerOrganisations() {
        List<DemoOrganisation> demo = city.organisations();
        List<OrganisationDetails> details = demo.stream()
                .map(organisation -> new OrganisationDetails(
                        organisation.kind(),
                        organisation.name(),
                        new LinkedHashSet<>(organisation.sectorCodes()),
                        organisation.region(),
                        organisation.website(),
                        organisation.contactName(),
                        organisation.contactEmail(),
                        organisation.contactPhone()))
                .toList();
        List<UUID> ids = partners.registerAll(details);
        Map<UUID, UUID> organisationIds = new HashMap<>();
        for (int i = 0; i < demo.size(); i++) {
            organisationIds.put(demo.get(i).id(), ids.get(i));
            partners.approve(ids.get(i));
        }
        return organisationIds;
    }

    private Map<UUID, UUID> registerAccounts() {
        Map<UUID, UUID> accountOfMember = new HashMap<>();
        for (DemoAccount account : city.accounts()) {
            UUID id = accounts.register(new NewAccount(
                    account.username(),
                    account.displayName(),
                    account.username() + "@demo.bulwark.example",
                    account.role(),
                    DEMO_PASSWORD));
            accountIds.put(account.username(), id);
            if (account.memberId() != null) {
                accountOfMember.put(account.memberId(), id);
            }
        }
        return accountOfMember;
    }

    private void registerMembers(Map<UUID, UUID> organisationIds, Map<UUID, UUID> accountOfMember) {
        Map<UUID, List<MemberDetails>> byOrganisation = new HashMap<>();
        for (DemoMember member : city.members()) {
            byOrganisation
                    .computeIfAbsent(member.organisationId(), organisation -> new ArrayList<>())
                    .add(new MemberDetails(
                            member.fullName(),
                            member.jobTitle(),
                            member.email(),
                            member.phone(),
                            member.role(),
                            accountOfMember.get(member.id())));
        }
        byOrganisation.forEach(
                (organisation, members) -> partners.addMembers(organisationIds.get(organisation), members));
    }

    /** The sharing groups, defined and filled by the demo coordinator. */
    private void registerSharingGroups(Map<UUID, UUID> organisationIds) {
        UUID coordinator = accountIds.get("coordinator");
        for (DemoSharingGroup group : city.sharingGroups()) {
            UUID id = sharingGroups.create(new SharingGroupDetails(group.name(), group.description()));
            for (UUID organisation : group.organisationIds()) {
                sharingGroups.addOrganisation(id, organisationIds.get(organisation), coordinator);
            }
            for (String username : group.usernames()) {
                sharingGroups.addAccount(id, accountIds.get(username), coordinator);
            }
        }
    }

    private List<UUID> registerSites(Map<UUID, UUID> organisationIds) {
        List<SiteDetails> details = city.demoSites().stream()
                .map(site -> toDetails(site, organisationIds))
                .toList();
        return sites.registerAll(details);
    }

    /**
     * What the operators with accounts state about the measures active at their sites: most in place, some partly,
     * a few not possible, and some not yet stated, in a fixed pattern so that every run shows the same figures.
     */
    private void registerStatements(List<UUID> siteIds) {
        List<DemoSite> demoSites = city.demoSites();
        for (DemoAccount operator : city.accounts()) {
            if (operator.role() != Role.OPERATOR || operator.organisationId() == null) {
                continue;
            }
            for (int i = 0; i < demoSites.size(); i++) {
                if (!operator.organisationId().equals(demoSites.get(i).organisationId())) {
                    continue;
                }
                UUID site = siteIds.get(i);
                List<String> codes = statements.activeMeasureCodes(site, user(operator));
                for (int j = 0; j < codes.size(); j++) {
                    int turn = (i * 7 + j * 3) % 10;
                    if (turn < 6) {
                        statements.state(site, codes.get(j), MeasureStatus.IN_PLACE, null, user(operator));
                    } else if (turn < 8) {
                        statements.state(
                                site,
                                codes.get(j),
                                MeasureStatus.PARTLY,
                                "In place for the largest events only; the rest by the end of the season.",
                                user(operator));
                    } else if (turn == 8) {
                        statements.state(
                                site,
                                codes.get(j),
                                MeasureStatus.NOT_POSSIBLE,
                                "The building's listed status rules this out; the council's conservation officer"
                                        + " is looking at alternatives with us.",
                                user(operator));
                    }
                }
            }
        }
    }

    /** Two approved assessments, each of the first site of an organisation whose operator has an account. */
    private void registerAssessments(List<UUID> siteIds) {
        DemoAccount advisor = city.accounts().stream()
                .filter(account -> account.role() == Role.ADVISOR)
                .findFirst()
                .orElse(null);
        if (advisor == null) {
            return;
        }
        List<DemoSite> demoSites = city.demoSites();
        int written = 0;
        for (DemoAccount operator : city.accounts()) {
            if (written == 2) {
                break;
            }
            if (operator.role() != Role.OPERATOR || operator.organisationId() == null) {
                continue;
            }
            for (int i = 0; i < demoSites.size(); i++) {
                if (operator.organisationId().equals(demoSites.get(i).organisationId())) {
                    DemoAssessments.approved(assessments, siteIds.get(i), written, user(operator), user(advisor));
                    written++;
                    break;
                }
            }
        }
    }

    private BulwarkUser user(DemoAccount account) {
        return BulwarkUser.of(
                accountIds.get(account.username()), account.username(), account.displayName(), account.role());
    }

    static SiteDetails toDetails(DemoSite site, Map<UUID, UUID> organisationIds) {
        UseType useType = UseType.parse(site.useType());
        if (useType == null) {
            throw new IllegalStateException("the demo city uses an unknown use type: " + site.useType());
        }
        return new SiteDetails(
                site.name(),
                site.address(),
                site.location(),
                site.sectorCode().toLowerCase(Locale.ROOT),
                useType,
                site.capacity(),
                site.organisationId() == null ? null : organisationIds.get(site.organisationId()),
                new SiteContact(site.contactName(), site.contactPhone(), site.contactEmail()),
                site.openingHours());
    }
}
