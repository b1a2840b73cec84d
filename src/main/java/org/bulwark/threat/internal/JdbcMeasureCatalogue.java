package org.bulwark.threat.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.bulwark.partners.PartnerDirectory;
import org.bulwark.sites.Tier;
import org.bulwark.sites.UseType;
import org.bulwark.threat.ActionDomain;
import org.bulwark.threat.InvalidMeasure;
import org.bulwark.threat.InvalidMeasure.Violation;
import org.bulwark.threat.MeasureCatalogue;
import org.bulwark.threat.MeasureDraft;
import org.bulwark.threat.ProtectiveMeasure;
import org.bulwark.threat.ThreatLevels;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.Assert;

/** The measure catalogue in the {@code threat_action_domain} and {@code threat_measure} tables. */
@Repository
@Transactional(readOnly = true)
public class JdbcMeasureCatalogue implements MeasureCatalogue {

    static final int TEXT_MAX = 2_000;
    static final int NAME_MAX = 200;
    static final Pattern CODE = Pattern.compile("[A-Z]{2,5}-[0-9]{1,3}");

    private final JdbcClient jdbc;
    private final PartnerDirectory directory;
    private final ThreatLevels levels;
    private final Clock clock = Clock.systemUTC();

    public JdbcMeasureCatalogue(JdbcClient jdbc, PartnerDirectory directory, ThreatLevels levels) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.levels = levels;
    }

    @Override
    public List<ActionDomain> domains() {
        return jdbc.sql("select * from threat_action_domain order by position, code")
                .query((rs, row) -> new ActionDomain(
                        rs.getString("code"), rs.getString("name_en"), rs.getString("name_fr"), rs.getInt("position")))
                .list();
    }

    @Override
    public Optional<ActionDomain> domain(String code) {
        return domains().stream().filter(d -> d.code().equalsIgnoreCase(code)).findFirst();
    }

    @Override
    @Transactional
    public ActionDomain renameDomain(String code, String nameEn, String nameFr) {
        ActionDomain domain = domain(code)
                .orElseThrow(
                        () -> new InvalidMeasure("code", "measures.error.domain.unknown", "There is no such domain."));
        List<Violation> problems = new ArrayList<>();
        String en = name(nameEn, "nameEn", problems);
        String fr = name(nameFr, "nameFr", problems);
        if (!problems.isEmpty()) {
            throw new InvalidMeasure(problems);
        }
        jdbc.sql("update threat_action_domain set name_en = ?, name_fr = ? where code = ?")
                .params(en, fr, domain.code())
                .update();
        return new ActionDomain(domain.code(), en, fr, domain.position());
    }

    private static String name(@Nullable String value, String field, List<Violation> problems) {
        String name = value == null ? "" : value.strip();
        if (name.isEmpty()) {
            problems.add(new Violation(field, "measures.error.name.required", "Give the name."));
        } else if (name.length() > NAME_MAX) {
            problems.add(new Violation(
                    field,
                    "measures.error.name.tooLong",
                    "Shorten the name to " + NAME_MAX + " characters.",
                    NAME_MAX));
        }
        return name;
    }

    @Override
    public List<ProtectiveMeasure> measures() {
        return jdbc.sql("select m.* from threat_measure m join threat_action_domain d on d.code = m.domain_code"
                        + " order by d.position, m.code")
                .query(JdbcMeasureCatalogue::measure)
                .list();
    }

    @Override
    public Optional<ProtectiveMeasure> measure(String code) {
        Assert.notNull(code, "code must not be null");
        return jdbc.sql("select * from threat_measure where code = ?")
                .param(code.strip().toUpperCase(Locale.ROOT))
                .query(JdbcMeasureCatalogue::measure)
                .optional();
    }

    @Override
    public List<ProtectiveMeasure> activeFor(String sectorCode, UseType useType, Tier tier, int rank) {
        return measures().stream()
                .filter(m -> m.activeFor(sectorCode, useType, tier, rank))
                .toList();
    }

    @Override
    @Transactional
    public ProtectiveMeasure add(MeasureDraft draft) {
        Checked checked = check(draft, null);
        jdbc.sql("insert into threat_measure (code, domain_code, text_en, text_fr, sectors, use_types, tiers,"
                        + " from_rank, retired, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, false, ?)")
                .params(
                        checked.measure().code(),
                        checked.measure().domainCode(),
                        checked.measure().textEn(),
                        checked.measure().textFr(),
                        checked.sectors(),
                        checked.useTypes(),
                        checked.tiers(),
                        checked.measure().fromRank(),
                        utc(checked.measure().updatedAt()))
                .update();
        return checked.measure();
    }

    @Override
    @Transactional
    public ProtectiveMeasure update(String code, MeasureDraft draft) {
        ProtectiveMeasure existing = require(code);
        Checked checked = check(draft, existing);
        jdbc.sql("update threat_measure set domain_code = ?, text_en = ?, text_fr = ?, sectors = ?, use_types = ?,"
                        + " tiers = ?, from_rank = ?, updated_at = ? where code = ?")
                .params(
                        checked.measure().domainCode(),
                        checked.measure().textEn(),
                        checked.measure().textFr(),
                        checked.sectors(),
                        checked.useTypes(),
                        checked.tiers(),
                        checked.measure().fromRank(),
                        utc(checked.measure().updatedAt()),
                        existing.code())
                .update();
        return checked.measure();
    }

    @Override
    @Transactional
    public void delete(String code) {
        ProtectiveMeasure measure = require(code);
        long confirmations = jdbc.sql("select count(*) from threat_measure_confirmation where measure_code = ?")
                .param(measure.code())
                .query(Long.class)
                .single();
        if (confirmations > 0) {
            throw new InvalidMeasure(
                    "code",
                    "measures.error.inUse",
                    measure.code() + " has " + confirmations
                            + " confirmation(s) from sites; retire it instead so that they stay on record.",
                    measure.code(),
                    confirmations);
        }
        jdbc.sql("delete from threat_measure where code = ?")
                .param(measure.code())
                .update();
    }

    @Override
    @Transactional
    public void retire(String code, boolean retired) {
        ProtectiveMeasure measure = require(code);
        jdbc.sql("update threat_measure set retired = ?, updated_at = ? where code = ?")
                .params(retired, utc(clock.instant()), measure.code())
                .update();
    }

    private ProtectiveMeasure require(String code) {
        return measure(code).orElseThrow(() -> new MeasureNotFound("There is no measure with the code " + code + "."));
    }

    private record Checked(ProtectiveMeasure measure, String sectors, String useTypes, String tiers) {}

    private Checked check(MeasureDraft draft, @Nullable ProtectiveMeasure existing) {
        List<Violation> problems = new ArrayList<>();
        String code;
        if (existing != null) {
            code = existing.code();
        } else {
            code = draft.code() == null ? "" : draft.code().strip().toUpperCase(Locale.ROOT);
            if (code.isEmpty()) {
                problems.add(new Violation("code", "measures.error.code.required", "Give the measure a code."));
            } else if (!CODE.matcher(code).matches()) {
                problems.add(new Violation(
                        "code",
                        "measures.error.code.format",
                        "Write the code as 2 to 5 letters, a dash and a number, such as GAT-03."));
            } else if (measure(code).isPresent()) {
                problems.add(new Violation(
                        "code",
                        "measures.error.code.taken",
                        "Another measure already has the code " + code + ".",
                        code));
            }
        }
        String domain = draft.domainCode() == null ? "" : draft.domainCode().strip();
        Optional<ActionDomain> known = domain.isEmpty() ? Optional.empty() : domain(domain);
        if (known.isEmpty()) {
            problems.add(new Violation("domainCode", "measures.error.domain.unknown", "Choose an action domain."));
        }
        String textEn = text(draft.textEn(), "textEn", problems);
        String textFr = text(draft.textFr(), "textFr", problems);
        Set<String> sectors = new LinkedHashSet<>();
        for (String sector : draft.sectors()) {
            if (sector == null || sector.isBlank()) {
                continue;
            }
            if (directory.sector(sector.strip()).isEmpty()) {
                problems.add(new Violation(
                        "sectors",
                        "measures.error.sector.unknown",
                        "'" + sector + "' is not a sector of the catalogue.",
                        sector));
            } else {
                sectors.add(sector.strip());
            }
        }
        Set<UseType> useTypes = new LinkedHashSet<>();
        for (String use : draft.useTypes()) {
            if (use == null || use.isBlank()) {
                continue;
            }
            UseType type = UseType.parse(use);
            if (type == null) {
                problems.add(new Violation(
                        "useTypes", "measures.error.useType.unknown", "'" + use + "' is not a use type.", use));
            } else {
                useTypes.add(type);
            }
        }
        Set<Tier> tiers = new LinkedHashSet<>();
        for (String value : draft.tiers()) {
            if (value == null || value.isBlank()) {
                continue;
            }
            Tier tier = Tier.parse(value);
            if (tier == null) {
                problems.add(
                        new Violation("tiers", "measures.error.tier.unknown", "'" + value + "' is not a tier.", value));
            } else {
                tiers.add(tier);
            }
        }
        int levelCount = levels.activeScheme().levels().size();
        if (draft.fromRank() != null && (draft.fromRank() < 1 || draft.fromRank() > levelCount)) {
            problems.add(new Violation(
                    "fromRank",
                    "measures.error.rank.range",
                    "Choose a level of the active scheme, from 1 to " + levelCount + ", or make the measure permanent.",
                    levelCount));
        }
        if (!problems.isEmpty()) {
            throw new InvalidMeasure(problems);
        }
        ProtectiveMeasure measure = new ProtectiveMeasure(
                code,
                known.orElseThrow().code(),
                textEn,
                textFr,
                sectors,
                useTypes,
                tiers,
                draft.fromRank(),
                existing != null && existing.retired(),
                clock.instant());
        return new Checked(
                measure,
                String.join(",", sectors),
                useTypes.stream().map(UseType::code).collect(Collectors.joining(",")),
                tiers.stream().map(Tier::name).collect(Collectors.joining(",")));
    }

    private static String text(@Nullable String value, String field, List<Violation> problems) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            problems.add(new Violation(field, "measures.error.text.required", "Say what to do."));
        } else if (text.length() > TEXT_MAX) {
            problems.add(new Violation(
                    field,
                    "measures.error.text.tooLong",
                    "The text is " + text.length() + " characters long; shorten it to " + TEXT_MAX + ".",
                    text.length(),
                    TEXT_MAX));
        }
        return text;
    }

    private static ProtectiveMeasure measure(ResultSet rs, int row) throws SQLException {
        int rank = rs.getInt("from_rank");
        Integer fromRank = rs.wasNull() ? null : rank;
        return new ProtectiveMeasure(
                rs.getString("code"),
                rs.getString("domain_code"),
                rs.getString("text_en"),
                rs.getString("text_fr"),
                split(rs.getString("sectors")),
                split(rs.getString("use_types")).stream()
                        .map(UseType::parse)
                        .filter(t -> t != null)
                        .collect(Collectors.toSet()),
                split(rs.getString("tiers")).stream()
                        .map(Tier::parse)
                        .filter(t -> t != null)
                        .collect(Collectors.toSet()),
                fromRank,
                rs.getBoolean("retired"),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    private static Set<String> split(@Nullable String list) {
        if (list == null || list.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(list.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
