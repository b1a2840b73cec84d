package org.bulwark.threat.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bulwark.partners.PartnerDirectory;
import org.bulwark.threat.Scope;
import org.bulwark.threat.ScopeKind;
import org.bulwark.threat.ScopeLevel;
import org.bulwark.threat.ThreatLevel;
import org.bulwark.threat.ThreatLevels;
import org.bulwark.threat.ThreatScheme;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Names, colours and times of levels as the pages show them. */
@Component
class ThreatLabels {

    private final PartnerDirectory directory;
    private final ThreatLevels levels;
    private final MessageSource messages;
    private final ThreatSettings settings;

    ThreatLabels(PartnerDirectory directory, ThreatLevels levels, MessageSource messages, ThreatSettings settings) {
        this.directory = directory;
        this.levels = levels;
        this.messages = messages;
        this.settings = settings;
    }

    String scopeName(Scope scope, Locale locale) {
        return switch (scope.kind()) {
            case NATIONAL -> messages.getMessage("threat.scope.national", null, locale);
            case REGION -> scope.key();
            case SECTOR ->
                directory.sector(scope.key()).map(s -> s.name(locale)).orElse(scope.key());
        };
    }

    /** A CSS class from 1 (lowest) to 5 (highest), whatever the number of levels of the scheme. */
    String badge(ThreatLevel level) {
        int size = levels.scheme(level.schemeCode()).map(s -> s.levels().size()).orElse(5);
        return "threat-badge threat-severity-" + severity(level.rank(), size);
    }

    static int severity(int rank, int size) {
        return ThreatScheme.severity(rank, size);
    }

    @Nullable
    String time(@Nullable Instant instant, Locale locale) {
        if (instant == null) {
            return null;
        }
        return DateTimeFormatter.ofPattern("d MMM yyyy HH:mm z", locale).format(instant.atZone(settings.timeZone()));
    }

    LevelView view(ScopeLevel level, Locale locale) {
        return new LevelView(
                scopeName(level.scope(), locale),
                level,
                badge(level.level()),
                time(level.changedAt(), locale),
                time(level.expiresAt(), locale));
    }

    List<LevelView> views(List<ScopeLevel> list, Locale locale) {
        // one look-up of the schemes for the whole list rather than one per level
        Map<String, Integer> sizes = new HashMap<>();
        levels.schemes().forEach(s -> sizes.put(s.code(), s.levels().size()));
        return list.stream()
                .map(level -> new LevelView(
                        scopeName(level.scope(), locale),
                        level,
                        "threat-badge threat-severity-"
                                + severity(
                                        level.level().rank(),
                                        sizes.getOrDefault(level.level().schemeCode(), 5)),
                        time(level.changedAt(), locale),
                        time(level.expiresAt(), locale)))
                .toList();
    }

    List<LevelView> ofKind(List<ScopeLevel> all, ScopeKind kind, Locale locale) {
        return views(all.stream().filter(l -> l.scope().kind() == kind).toList(), locale);
    }

    List<SchemeLevelView> explained(ThreatScheme scheme) {
        List<SchemeLevelView> views = new ArrayList<>(scheme.levels().stream()
                .map(level -> new SchemeLevelView(level, badge(level)))
                .toList());
        Collections.reverse(views);
        return views;
    }

    /** A level as a page shows it, with its scope's name and its times in the configured zone. */
    record LevelView(
            String scopeName,
            ScopeLevel level,
            String badge,
            String changedAt,
            @Nullable String expiresAt) {}

    /** A level of a scheme, explained. */
    record SchemeLevelView(ThreatLevel level, String badge) {}
}
