package org.bulwark.sharing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import org.bulwark.identity.AccessPolicy;
import org.bulwark.identity.AccessPolicy.ItemColumns;
import org.bulwark.identity.AccessPolicy.SqlCondition;
import org.bulwark.identity.Audience;
import org.bulwark.identity.AudienceKind;
import org.bulwark.identity.Reader;
import org.bulwark.identity.Tlp;
import org.bulwark.partners.PartnerDirectory;
import org.bulwark.sharing.Indicator;
import org.bulwark.sharing.IndicatorCatalogue;
import org.bulwark.sharing.IndicatorCatalogueChanged;
import org.bulwark.sharing.IndicatorDraft;
import org.bulwark.sharing.IndicatorNotFound;
import org.bulwark.sharing.IndicatorPart;
import org.bulwark.sharing.InvalidIndicator;
import org.bulwark.sharing.InvalidIndicator.Violation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.Assert;

/**
 * The indicator catalogue in the {@code indicator}, {@code indicator_example} and {@code indicator_audience} tables.
 * Categories and sector-specific indicators share one table: a sector-specific indicator names its category.
 */
@Service
@Transactional(readOnly = true)
class JdbcIndicatorCatalogue implements IndicatorCatalogue {

    static final int CODE_MAX = 60;
    static final int NAME_MAX = 200;
    static final int DESCRIPTION_MAX = 2_000;
    static final int EXAMPLE_MAX = 500;
    static final int EXAMPLES_MAX = 10;
    static final int AUDIENCE_MAX = 200;
    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final String ENGLISH = "en";
    private static final String FRENCH = "fr";

    private static final String SELECT =
            "select i.id, i.code, coalesce(i.part, c.part) as part, c.code as category_code, i.sector_code,"
                    + " i.name_en, i.name_fr, i.description_en, i.description_fr, i.position, i.active, i.tlp,"
                    + " i.author, i.updated_at from indicator i left join indicator c on c.id = i.category_id";
    // each category comes first, then its sector-specific indicators
    private static final String ORDER = " order by coalesce(i.part, c.part), coalesce(c.position, i.position),"
            + " coalesce(c.code, i.code), case when c.id is null then 0 else 1 end, i.position, i.code";
    private static final String ACTIVE = " and i.active and (c.id is null or c.active)";

    private final JdbcClient jdbc;
    private final AccessPolicy policy;
    private final PartnerDirectory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    JdbcIndicatorCatalogue(
            JdbcClient jdbc, AccessPolicy policy, PartnerDirectory directory, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.directory = directory;
        this.events = events;
    }

    @Override
    public List<Indicator> readableBy(Reader reader, @Nullable String sector) {
        return readableBy(reader, sector, false);
    }

    @Override
    public List<Indicator> readableBy(Reader reader, @Nullable String sector, boolean withInactive) {
        Assert.notNull(reader, "reader must not be null");
        StringBuilder filter = new StringBuilder(withInactive ? "" : ACTIVE);
        Map<String, Object> params = new HashMap<>();
        if (sector != null && !sector.isBlank()) {
            filter.append(" and (i.sector_code is null or i.sector_code = :sector)");
            params.put("sector", sector.strip());
        }
        return readable(reader, filter.toString(), params);
    }

    @Override
    public Optional<Indicator> find(Reader reader, String code) {
        Assert.notNull(reader, "reader must not be null");
        Assert.notNull(code, "code must not be null");
        return readable(reader, " and i.code = :code", Map.of("code", normalise(code))).stream()
                .findFirst();
    }

    @Override
    public List<Indicator> search(Reader reader, String text) {
        Assert.notNull(reader, "reader must not be null");
        String words = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (words.isEmpty()) {
            return readableBy(reader, null);
        }
        String pattern = "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        String match = " and (lower(i.name_en) like :text escape '\\' or lower(i.name_fr) like :text escape '\\'"
                + " or lower(i.description_en) like :text escape '\\'"
                + " or lower(i.description_fr) like :text escape '\\'"
                + " or exists (select 1 from indicator_example e where e.indicator_id = i.id"
                + " and lower(e.example_text) like :text escape '\\'))";
        return readable(reader, ACTIVE + match, Map.of("text", pattern));
    }

    private List<Indicator> readable(Reader reader, String filter, Map<String, Object> params) {
        SqlCondition own = policy.readCondition(reader, columns("i"));
        SqlCondition category = policy.readCondition(reader, columns("c"));
        Map<String, Object> all = new HashMap<>(own.params());
        // both conditions are written for the same reader, so their parameters are the same
        all.putAll(category.params());
        all.putAll(params);
        String sql = SELECT + " where " + own.sql() + " and (c.id is null or " + category.sql() + ")" + filter + ORDER;
        return complete(
                jdbc.sql(sql).params(all).query(JdbcIndicatorCatalogue::row).list());
    }

    /**
     * The policy's view of an entry: an active entry is published; a withdrawn one is treated as in review, so that
     * the coordinators and analysts who look after the catalogue keep seeing it while nobody else does. Entries
     * belong to the network rather than to one organisation.
     */
    private static ItemColumns columns(String alias) {
        return new ItemColumns(
                alias + ".id",
                alias + ".tlp",
                "(case when " + alias + ".active then 'PUBLISHED' else 'IN_REVIEW' end)",
                alias + ".author",
                "cast(null as uuid)",
                "indicator_audience",
                "indicator_id");
    }

    @Override
    @Transactional
    public Indicator createCategory(Reader editor, IndicatorDraft draft) {
        requireEditor(editor, draft);
        List<Violation> problems = new ArrayList<>();
        String code = newCode(draft.code(), problems);
        IndicatorPart part = IndicatorPart.parse(draft.part());
        if (part == null) {
            problems.add(new Violation("part", "indicators.error.part.unknown", "Choose part A or part B."));
        }
        Texts texts = texts(draft, problems);
        Integer position = position(draft.position(), problems);
        Tlp tlp = tlp(draft.tlp(), Tlp.GREEN, problems);
        List<String> audience = audience(draft.audience(), List.of(Audience.NETWORK.key()), problems);
        throwIfAny(problems);
        int place = position != null
                ? position
                : jdbc.sql("select coalesce(max(position), 0) + 1 from indicator"
                                + " where category_id is null and part = ?")
                        .param(part.name())
                        .query(Integer.class)
                        .single();
        return insert(editor, code, part, null, null, texts, place, tlp, audience);
    }

    @Override
    @Transactional
    public Indicator createSectorIndicator(Reader editor, IndicatorDraft draft) {
        requireEditor(editor, draft);
        List<Violation> problems = new ArrayList<>();
        String code = newCode(draft.code(), problems);
        Stored category = category(draft.category(), problems);
        String sector = sector(draft.sector(), problems);
        Texts texts = texts(draft, problems);
        Integer position = position(draft.position(), problems);
        Tlp tlp = tlp(draft.tlp(), Tlp.GREEN, problems);
        List<String> audience =
                audience(draft.audience(), sector == null ? List.of() : List.of(sectorKey(sector)), problems);
        throwIfAny(problems);
        int place = position != null
                ? position
                : jdbc.sql("select coalesce(max(position), 0) + 1 from indicator where category_id = ?")
                        .param(category.id())
                        .query(Integer.class)
                        .single();
        return insert(editor, code, null, category.id(), sector, texts, place, tlp, audience);
    }

    @Override
    @Transactional
    public Indicator update(Reader editor, String code, IndicatorDraft draft) {
        requireEditor(editor, draft);
        Stored existing = require(code);
        List<Violation> problems = new ArrayList<>();
        IndicatorPart part = null;
        Stored category = null;
        String sector = null;
        if (existing.isCategory()) {
            part = draft.part() == null ? existing.part() : IndicatorPart.parse(draft.part());
            if (part == null) {
                problems.add(new Violation("part", "indicators.error.part.unknown", "Choose part A or part B."));
            }
        } else {
            category =
                    draft.category() == null ? require(existing.categoryCode()) : category(draft.category(), problems);
            sector = draft.sector() == null ? existing.sector() : sector(draft.sector(), problems);
        }
        Texts texts = texts(draft, problems);
        Integer position = position(draft.position(), problems);
        Tlp tlp = tlp(draft.tlp(), existing.tlp(), problems);
        List<String> current = audienceOf(existing.id());
        List<String> unchanged = current;
        List<String> requested = draft.audience();
        if (sector != null
                && !sector.equals(existing.sector())
                && current.equals(List.of(sectorKey(existing.sector())))
                && (requested == null || new TreeSet<>(requested).equals(new TreeSet<>(current)))) {
            // an indicator shared with its own sector only goes on being shared with its sector
            unchanged = List.of(sectorKey(sector));
            requested = null;
        }
        List<String> audience = audience(requested, unchanged, problems);
        throwIfAny(problems);
        jdbc.sql("update indicator set part = :part, category_id = :category, sector_code = :sector, name_en = :nameEn,"
                        + " name_fr = :nameFr, description_en = :descriptionEn, description_fr = :descriptionFr,"
                        + " position = :position, tlp = :tlp, author = :author, updated_at = :at where id = :id")
                .param("part", part == null ? null : part.name())
                .param("category", category == null ? null : category.id())
                .param("sector", sector)
                .param("nameEn", texts.nameEn())
                .param("nameFr", texts.nameFr())
                .param("descriptionEn", texts.descriptionEn())
                .param("descriptionFr", texts.descriptionFr())
                .param("position", position == null ? existing.position() : position)
                .param("tlp", tlp.name())
                .param("author", editor.account())
                .param("at", utc(clock.instant()))
                .param("id", existing.id())
                .update();
        writeExamples(existing.id(), texts);
        writeAudience(existing.id(), audience);
        return changed(existing.code());
    }

    @Override
    @Transactional
    public Indicator changeMarking(Reader editor, String code, String tlp, Collection<String> audience) {
        requireEditor(editor, code);
        Stored existing = require(code);
        List<Violation> problems = new ArrayList<>();
        Tlp marking = tlp(tlp == null ? "" : tlp, existing.tlp(), problems);
        List<String> keys = audience(audience == null ? List.of() : audience, List.of(), problems);
        throwIfAny(problems);
        jdbc.sql("update indicator set tlp = ?, author = ?, updated_at = ? where id = ?")
                .params(marking.name(), editor.account(), utc(clock.instant()), existing.id())
                .update();
        writeAudience(existing.id(), keys);
        return changed(existing.code());
    }

    @Override
    @Transactional
    public Indicator deactivate(Reader editor, String code) {
        return activate(editor, code, false);
    }

    @Override
    @Transactional
    public Indicator reactivate(Reader editor, String code) {
        return activate(editor, code, true);
    }

    private Indicator activate(Reader editor, String code, boolean active) {
        requireEditor(editor, code);
        Stored existing = require(code);
        jdbc.sql("update indicator set active = ?, author = ?, updated_at = ? where id = ?")
                .params(active, editor.account(), utc(clock.instant()), existing.id())
                .update();
        return changed(existing.code());
    }

    private void requireEditor(Reader editor, Object change) {
        Assert.notNull(editor, "editor must not be null");
        Assert.notNull(change, "the draft or code must not be null");
        if (!policy.mayEditIndicatorCatalogue(editor)) {
            throw new AccessDeniedException("Only coordinators change the indicator catalogue.");
        }
    }

    private Indicator insert(
            Reader editor,
            String code,
            @Nullable IndicatorPart part,
            @Nullable UUID category,
            @Nullable String sector,
            Texts texts,
            int position,
            Tlp tlp,
            List<String> audience) {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = utc(clock.instant());
        jdbc.sql("insert into indicator (id, code, part, category_id, sector_code, name_en, name_fr, description_en,"
                        + " description_fr, position, active, tlp, author, created_at, updated_at) values (:id, :code,"
                        + " :part, :category, :sector, :nameEn, :nameFr, :descriptionEn, :descriptionFr, :position,"
                        + " true, :tlp, :author, :at, :at)")
                .param("id", id)
                .param("code", code)
                .param("part", part == null ? null : part.name())
                .param("category", category)
                .param("sector", sector)
                .param("nameEn", texts.nameEn())
                .param("nameFr", texts.nameFr())
                .param("descriptionEn", texts.descriptionEn())
                .param("descriptionFr", texts.descriptionFr())
                .param("position", position)
                .param("tlp", tlp.name())
                .param("author", editor.account())
                .param("at", now)
                .update();
        writeExamples(id, texts);
        writeAudience(id, audience);
        return changed(code);
    }

    private Indicator changed(String code) {
        events.publishEvent(new IndicatorCatalogueChanged(code, clock.instant()));
        return complete(jdbc.sql(SELECT + " where i.code = ?")
                        .param(code)
                        .query(JdbcIndicatorCatalogue::row)
                        .list())
                .get(0);
    }

    private void writeExamples(UUID id, Texts texts) {
        jdbc.sql("delete from indicator_example where indicator_id = ?")
                .param(id)
                .update();
        insertExamples(id, ENGLISH, texts.examplesEn());
        insertExamples(id, FRENCH, texts.examplesFr());
    }

    private void insertExamples(UUID id, String language, List<String> examples) {
        for (int i = 0; i < examples.size(); i++) {
            jdbc.sql("insert into indicator_example (indicator_id, lang, position, example_text) values (?, ?, ?, ?)")
                    .params(id, language, i + 1, examples.get(i))
                    .update();
        }
    }

    private void writeAudience(UUID id, List<String> audience) {
        jdbc.sql("delete from indicator_audience where indicator_id = ?")
                .param(id)
                .update();
        for (String key : audience) {
            jdbc.sql("insert into indicator_audience (indicator_id, audience_key) values (?, ?)")
                    .params(id, key)
                    .update();
        }
    }

    private List<String> audienceOf(UUID id) {
        return jdbc.sql("select audience_key from indicator_audience where indicator_id = ? order by audience_key")
                .param(id)
                .query(String.class)
                .list();
    }

    // checks

    private String newCode(@Nullable String value, List<Violation> problems) {
        String code = value == null ? "" : normalise(value);
        if (code.isEmpty()) {
            problems.add(new Violation("code", "indicators.error.code.required", "Give the entry a code."));
        } else if (code.length() > CODE_MAX || !CODE.matcher(code).matches()) {
            problems.add(new Violation(
                    "code",
                    "indicators.error.code.format",
                    "Write the code in lower-case letters, digits and dashes, at most " + CODE_MAX
                            + " characters, such as hotels-room-access.",
                    CODE_MAX));
        } else if (stored(code).isPresent()) {
            problems.add(new Violation(
                    "code", "indicators.error.code.taken", "Another entry already has the code " + code + ".", code));
        }
        return code;
    }

    private @Nullable Stored category(@Nullable String value, List<Violation> problems) {
        String code = value == null ? "" : normalise(value);
        Optional<Stored> category =
                code.isEmpty() ? Optional.empty() : stored(code).filter(Stored::isCategory);
        if (category.isEmpty()) {
            problems.add(new Violation(
                    "category", "indicators.error.category.unknown", "Choose the behaviour category it belongs to."));
        }
        return category.orElse(null);
    }

    private @Nullable String sector(@Nullable String value, List<Violation> problems) {
        String code = value == null ? "" : value.strip();
        if (code.isEmpty()) {
            problems.add(new Violation("sector", "indicators.error.sector.required", "Choose the sector."));
            return null;
        }
        if (directory.sector(code).isEmpty()) {
            problems.add(new Violation(
                    "sector",
                    "indicators.error.sector.unknown",
                    "'" + code + "' is not a sector of the catalogue.",
                    code));
            return null;
        }
        return code;
    }

    private static Texts texts(IndicatorDraft draft, List<Violation> problems) {
        return new Texts(
                text(draft.nameEn(), "nameEn", NAME_MAX, "indicators.error.name", problems),
                text(draft.nameFr(), "nameFr", NAME_MAX, "indicators.error.name", problems),
                text(draft.descriptionEn(), "descriptionEn", DESCRIPTION_MAX, "indicators.error.description", problems),
                text(draft.descriptionFr(), "descriptionFr", DESCRIPTION_MAX, "indicators.error.description", problems),
                examples(draft.examplesEn(), "examplesEn", problems),
                examples(draft.examplesFr(), "examplesFr", problems));
    }

    private static String text(@Nullable String value, String field, int max, String key, List<Violation> problems) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            problems.add(new Violation(field, key + ".required", "Fill in " + field + "."));
        } else if (text.length() > max) {
            problems.add(new Violation(
                    field,
                    key + ".tooLong",
                    "The text is " + text.length() + " characters long; shorten it to " + max + ".",
                    text.length(),
                    max));
        }
        return text;
    }

    private static List<String> examples(List<String> values, String field, List<Violation> problems) {
        List<String> examples = values.stream()
                .map(String::strip)
                .filter(example -> !example.isEmpty())
                .toList();
        if (examples.size() > EXAMPLES_MAX) {
            problems.add(new Violation(
                    field,
                    "indicators.error.examples.tooMany",
                    "Give at most " + EXAMPLES_MAX + " examples.",
                    EXAMPLES_MAX));
        }
        if (examples.stream().anyMatch(example -> example.length() > EXAMPLE_MAX)) {
            problems.add(new Violation(
                    field,
                    "indicators.error.example.tooLong",
                    "Shorten each example to " + EXAMPLE_MAX + " characters.",
                    EXAMPLE_MAX));
        }
        return examples;
    }

    private static @Nullable Integer position(@Nullable Integer position, List<Violation> problems) {
        if (position != null && position < 1) {
            problems.add(new Violation(
                    "position", "indicators.error.position", "The position is a whole number from 1 upwards."));
        }
        return position;
    }

    private static Tlp tlp(@Nullable String value, Tlp fallback, List<Violation> problems) {
        if (value == null) {
            return fallback;
        }
        try {
            return Tlp.parse(value);
        } catch (IllegalArgumentException ex) {
            problems.add(new Violation("tlp", "indicators.error.tlp.unknown", ex.getMessage(), value));
            return fallback;
        }
    }

    private List<String> audience(@Nullable Collection<String> keys, List<String> fallback, List<Violation> problems) {
        if (keys == null) {
            return fallback;
        }
        Set<String> audience = new TreeSet<>();
        for (String key : keys) {
            if (key.isBlank()) {
                continue;
            }
            Audience parsed = parseAudience(key.strip());
            if (parsed == null || parsed.key().length() > AUDIENCE_MAX) {
                problems.add(new Violation(
                        "audience",
                        "indicators.error.audience.unknown",
                        "'" + key.strip() + "' is not an audience; write network, sector:<code>, region:<name>,"
                                + " organisation:<id>, group:<id> or member:<id>.",
                        key.strip()));
            } else if (parsed.kind() == AudienceKind.SECTOR
                    && directory.sector(parsed.reference()).isEmpty()) {
                problems.add(new Violation(
                        "audience",
                        "indicators.error.sector.unknown",
                        "'" + parsed.reference() + "' is not a sector of the catalogue.",
                        parsed.reference()));
            } else {
                audience.add(parsed.key());
            }
        }
        if (audience.isEmpty() && problems.stream().noneMatch(p -> p.field().equals("audience"))) {
            problems.add(new Violation(
                    "audience", "indicators.error.audience.required", "Choose who the entry is shared with."));
        }
        return List.copyOf(audience);
    }

    private static @Nullable Audience parseAudience(String key) {
        try {
            Audience audience = Audience.ofKey(key);
            switch (audience.kind()) {
                case ORGANISATION, GROUP, MEMBER -> UUID.fromString(audience.reference());
                default -> {}
            }
            return audience;
        } catch (IllegalArgumentException ex) {
            return null;
        }
    }

    private static void throwIfAny(List<Violation> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidIndicator(problems);
        }
    }

    // reading

    private Stored require(@Nullable String code) {
        return stored(code == null ? "" : normalise(code))
                .orElseThrow(() -> new IndicatorNotFound(String.valueOf(code)));
    }

    /** An entry as stored, whoever may read it: only for checks and changes. */
    private Optional<Stored> stored(String code) {
        return jdbc.sql("select i.id, i.code, i.part, c.code as category_code, i.sector_code, i.position, i.tlp"
                        + " from indicator i left join indicator c on c.id = i.category_id where i.code = ?")
                .param(code)
                .query((rs, row) -> new Stored(
                        rs.getObject("id", UUID.class),
                        rs.getString("code"),
                        IndicatorPart.parse(rs.getString("part")),
                        rs.getString("category_code"),
                        rs.getString("sector_code"),
                        rs.getInt("position"),
                        Tlp.valueOf(rs.getString("tlp"))))
                .optional();
    }

    private record Stored(
            UUID id,
            String code,
            @Nullable IndicatorPart part,
            @Nullable String categoryCode,
            @Nullable String sector,
            int position,
            Tlp tlp) {

        boolean isCategory() {
            return categoryCode == null;
        }
    }

    private record Texts(
            String nameEn,
            String nameFr,
            String descriptionEn,
            String descriptionFr,
            List<String> examplesEn,
            List<String> examplesFr) {}

    /** A row before its examples and audience are added. */
    private record Row(
            UUID id,
            String code,
            IndicatorPart part,
            @Nullable String category,
            @Nullable String sector,
            String nameEn,
            String nameFr,
            String descriptionEn,
            String descriptionFr,
            int position,
            boolean active,
            Tlp tlp,
            @Nullable UUID author,
            Instant updatedAt) {}

    private static Row row(ResultSet rs, int row) throws SQLException {
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getString("code"),
                IndicatorPart.valueOf(rs.getString("part")),
                rs.getString("category_code"),
                rs.getString("sector_code"),
                rs.getString("name_en"),
                rs.getString("name_fr"),
                rs.getString("description_en"),
                rs.getString("description_fr"),
                rs.getInt("position"),
                rs.getBoolean("active"),
                Tlp.valueOf(rs.getString("tlp")),
                rs.getObject("author", UUID.class),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    private List<Indicator> complete(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(Row::id).toList();
        Map<UUID, List<String>> english = new HashMap<>();
        Map<UUID, List<String>> french = new HashMap<>();
        jdbc.sql("select indicator_id, lang, example_text from indicator_example where indicator_id in (:ids)"
                        + " order by indicator_id, lang, position")
                .param("ids", ids)
                .query(rs -> {
                    Map<UUID, List<String>> target = FRENCH.equals(rs.getString("lang")) ? french : english;
                    target.computeIfAbsent(rs.getObject("indicator_id", UUID.class), id -> new ArrayList<>())
                            .add(rs.getString("example_text"));
                });
        Map<UUID, List<String>> audiences = new LinkedHashMap<>();
        jdbc.sql("select indicator_id, audience_key from indicator_audience where indicator_id in (:ids)")
                .param("ids", ids)
                .query(rs -> {
                    audiences
                            .computeIfAbsent(rs.getObject("indicator_id", UUID.class), id -> new ArrayList<>())
                            .add(rs.getString("audience_key"));
                });
        return rows.stream()
                .map(row -> new Indicator(
                        row.id(),
                        row.code(),
                        row.part(),
                        row.category(),
                        row.sector(),
                        row.nameEn(),
                        row.nameFr(),
                        row.descriptionEn(),
                        row.descriptionFr(),
                        english.getOrDefault(row.id(), List.of()),
                        french.getOrDefault(row.id(), List.of()),
                        row.position(),
                        row.active(),
                        row.tlp(),
                        audiences.getOrDefault(row.id(), List.of()),
                        row.author(),
                        row.updatedAt()))
                .toList();
    }

    private static String sectorKey(@Nullable String sector) {
        return new Audience(AudienceKind.SECTOR, String.valueOf(sector)).key();
    }

    private static String normalise(String code) {
        return code.strip().toLowerCase(Locale.ROOT);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
