package org.bulwark.threat.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.bulwark.identity.Role;
import org.bulwark.notify.Notice;
import org.bulwark.notify.Notifications;
import org.bulwark.partners.Member;
import org.bulwark.partners.OrganisationSummary;
import org.bulwark.partners.PartnerDirectory;
import org.bulwark.partners.Partners;
import org.bulwark.sites.Sites;
import org.bulwark.threat.Scope;
import org.bulwark.threat.ScopeKind;
import org.bulwark.threat.ScopeLevel;
import org.bulwark.threat.ThreatLevel;
import org.bulwark.threat.ThreatLevelChanged;
import org.bulwark.threat.ThreatLevels;
import org.bulwark.threat.ThreatScheme;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the operators whose sites fall in the scope of a level change, once each, in the application and by e-mail,
 * and points them to their protective measures.
 */
@Component
class ThreatLevelAnnouncements {

    static final String MEASURES = "/measures";

    private final ThreatLevels levels;
    private final Sites sites;
    private final Partners partners;
    private final PartnerDirectory directory;
    private final Notifications notifications;
    private final MessageSource messages;
    private final ZoneId zone;

    ThreatLevelAnnouncements(
            ThreatLevels levels,
            Sites sites,
            Partners partners,
            PartnerDirectory directory,
            Notifications notifications,
            MessageSource messages,
            @Value("${bulwark.threat.time-zone:Europe/London}") ZoneId zone) {
        this.levels = levels;
        this.sites = sites;
        this.partners = partners;
        this.directory = directory;
        this.notifications = notifications;
        this.messages = messages;
        this.zone = zone;
    }

    @ApplicationModuleListener
    void on(ThreatLevelChanged event) {
        Set<UUID> operators = operatorsConcerned(event.scope());
        if (operators.isEmpty()) {
            return;
        }
        notifications.notify(operators, notice(event));
    }

    /** The accounts of the operators of organisations whose sites fall in the scope. */
    Set<UUID> operatorsConcerned(Scope scope) {
        Set<UUID> organisations =
                sites.organisationsOperatingSites(scope.kind() == ScopeKind.SECTOR ? scope.value() : null);
        if (scope.kind() == ScopeKind.REGION) {
            Set<UUID> inRegion = new LinkedHashSet<>();
            for (OrganisationSummary organisation : directory.organisations()) {
                if (organisation.region().equalsIgnoreCase(scope.key()) && organisations.contains(organisation.id())) {
                    inRegion.add(organisation.id());
                }
            }
            organisations = inRegion;
        }
        Set<UUID> accounts = new LinkedHashSet<>();
        for (UUID organisation : organisations) {
            for (Member member : partners.members(organisation)) {
                if (member.role() == Role.OPERATOR && member.accountId() != null) {
                    accounts.add(member.accountId());
                }
            }
        }
        return accounts;
    }

    Notice notice(ThreatLevelChanged event) {
        Locale locale = notifications.locale();
        ThreatScheme scheme = levels.scheme(event.schemeCode()).orElseGet(levels::activeScheme);
        String scopeName = scopeName(event.scope(), locale);
        ScopeLevel announced = levels.findChange(event.change()).orElse(null);
        // a lapse is announced with the change that lapsed; the level in force is then the one before it
        boolean lapse = announced != null
                && announced.expiresAt() != null
                && !announced.expiresAt().isAfter(event.at());
        ScopeLevel change = lapse ? levels.current(event.scope()).orElse(null) : announced;
        ThreatLevel level = scheme.level(event.rank()).orElse(null);
        String levelName = level == null ? scheme.lowest().name() : level.name();
        String subject = event.scope().kind() == ScopeKind.NATIONAL
                ? message("threat.notice.subject.national", locale, levelName)
                : message("threat.notice.subject", locale, scopeName, levelName);
        StringBuilder body = new StringBuilder();
        if (lapse) {
            body.append(message(
                            "threat.notice.lapsed", locale, announced.level().name(), scopeName))
                    .append("\n\n");
        }
        if (level == null || change == null) {
            body.append(message(
                            "threat.notice.noneInForce", locale, scheme.lowest().name()))
                    .append("\n");
        } else {
            body.append(message("threat.notice.level", locale, level.name(), level.meaning()))
                    .append("\n");
            body.append(message("threat.notice.reason", locale, change.reason()))
                    .append("\n");
            body.append(
                            change.expiresAt() == null
                                    ? message("threat.notice.noExpiry", locale)
                                    : message(
                                            "threat.notice.expiry",
                                            locale,
                                            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm z", locale)
                                                    .format(change.expiresAt().atZone(zone))))
                    .append("\n");
        }
        body.append("\n").append(message("threat.notice.measures", locale));
        return new Notice(
                subject,
                body.toString(),
                MEASURES,
                "threat-level:" + event.change() + "@" + event.at().toEpochMilli());
    }

    private String scopeName(Scope scope, Locale locale) {
        return switch (scope.kind()) {
            case NATIONAL -> message("threat.scope.national", locale);
            case REGION -> scope.key();
            case SECTOR ->
                directory.sector(scope.key()).map(s -> s.name(locale)).orElse(scope.key());
        };
    }

    private String message(String key, Locale locale, @Nullable Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
