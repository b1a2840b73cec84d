package org.bulwark.partners.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.bulwark.partners.PartnerNotFound;
import org.bulwark.partners.Sector;
import org.bulwark.partners.SectorCatalogue;
import org.bulwark.partners.SectorReferences;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class JdbcSectorCatalogue implements SectorCatalogue {

    static final int NAME_MAX = 120;
    private static final Pattern CODE = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    private static final RowMapper<Sector> SECTOR = (rs, row) -> new Sector(
            rs.getString("code"),
            rs.getString("name_en"),
            rs.getString("name_fr"),
            rs.getInt("position"),
            rs.getBoolean("active"));

    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final ObjectProvider<SectorReferences> references;

    JdbcSectorCatalogue(JdbcClient jdbc, MessageSource messages, ObjectProvider<SectorReferences> references) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.references = references;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Sector> all() {
        return jdbc.sql("select code, name_en, name_fr, position, active from sector order by position, code")
                .query(SECTOR)
                .list();
    }

    @Override
    public Sector add(@Nullable String code, String nameEn, String nameFr) {
        Violations violations = new Violations(messages);
        String en = checkName("nameEn", nameEn, null, violations);
        String fr = checkName("nameFr", nameFr, null, violations);
        String cleanCode = Inputs.clean(code);
        if (cleanCode == null && en != null) {
            cleanCode = codeFrom(en);
        }
        if (cleanCode != null) {
            if (cleanCode.length() > 60 || !CODE.matcher(cleanCode).matches()) {
                violations.add("code", "sector.code.invalid", cleanCode);
            } else if (find(cleanCode) != null) {
                violations.add("code", "sector.code.taken", cleanCode);
            }
        } else if (en != null) {
            violations.add("code", "sector.code.invalid", "");
        }
        violations.throwIfAny();
        int position = jdbc.sql("select coalesce(max(position), 0) + 1 from sector")
                .query(Integer.class)
                .single();
        jdbc.sql("insert into sector (code, name_en, name_fr, name_en_key, name_fr_key, position, active)"
                        + " values (:code, :en, :fr, :enKey, :frKey, :position, true)")
                .param("code", cleanCode)
                .param("en", en)
                .param("fr", fr)
                .param("enKey", Inputs.key(en))
                .param("frKey", Inputs.key(fr))
                .param("position", position)
                .update();
        return new Sector(cleanCode, en, fr, position, true);
    }

    @Override
    public void rename(String code, String nameEn, String nameFr) {
        require(code);
        Violations violations = new Violations(messages);
        String en = checkName("nameEn", nameEn, code, violations);
        String fr = checkName("nameFr", nameFr, code, violations);
        violations.throwIfAny();
        jdbc.sql("update sector set name_en = :en, name_fr = :fr, name_en_key = :enKey, name_fr_key = :frKey"
                        + " where code = :code")
                .param("en", en)
                .param("fr", fr)
                .param("enKey", Inputs.key(en))
                .param("frKey", Inputs.key(fr))
                .param("code", code)
                .update();
    }

    @Override
    public void move(String code, boolean up) {
        require(code);
        List<String> order = new ArrayList<>(all().stream().map(Sector::code).toList());
        int index = order.indexOf(code);
        int target = up ? index - 1 : index + 1;
        if (target < 0 || target >= order.size()) {
            return;
        }
        order.set(index, order.get(target));
        order.set(target, code);
        // renumber everything so that gaps or ties left by earlier edits disappear
        for (int i = 0; i < order.size(); i++) {
            jdbc.sql("update sector set position = ? where code = ?")
                    .param(i + 1)
                    .param(order.get(i))
                    .update();
        }
    }

    @Override
    public void deactivate(String code) {
        require(code);
        jdbc.sql("update sector set active = false where code = ?").param(code).update();
    }

    @Override
    public void reactivate(String code) {
        require(code);
        jdbc.sql("update sector set active = true where code = ?").param(code).update();
    }

    @Override
    public void delete(String code) {
        Sector sector = require(code);
        long organisations = jdbc.sql("select count(*) from organisation_sector where sector_code = ?")
                .param(code)
                .query(Long.class)
                .single();
        // one violation per use, each with a resolvable count, so that pages can say it in the reader's language
        Violations violations = new Violations(messages);
        if (organisations > 0) {
            violations.add("code", "sector.inUse", sector.nameEn(), usage("sector.usage.organisations", organisations));
        }
        for (SectorReferences reference : references) {
            long count = reference.countUsing(code);
            if (count > 0) {
                violations.add("code", "sector.inUse", sector.nameEn(), usage(reference.messageKey(), count));
            }
        }
        violations.throwIfAny();
        jdbc.sql("delete from sector where code = ?").param(code).update();
    }

    private static DefaultMessageSourceResolvable usage(String key, long count) {
        return new DefaultMessageSourceResolvable(new String[] {key}, new Object[] {count}, String.valueOf(count));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Long> organisationsPerSector() {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("select sector_code, count(*) from organisation_sector group by sector_code")
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    private @Nullable String checkName(String field, String name, @Nullable String self, Violations violations) {
        String clean = Inputs.clean(name);
        if (clean == null) {
            violations.add(field, "sector." + field + ".required");
            return null;
        }
        if (clean.length() > NAME_MAX) {
            violations.add(field, "sector.name.tooLong", NAME_MAX);
            return clean;
        }
        String column = field.equals("nameEn") ? "name_en_key" : "name_fr_key";
        jdbc.sql("select name_en from sector where " + column + " = :key and code <> :self")
                .param("key", Inputs.key(clean))
                .param("self", self == null ? "" : self)
                .query(String.class)
                .optional()
                .ifPresent(holder -> violations.add(field, "sector.name.taken", clean, holder));
        return clean;
    }

    private @Nullable Sector find(String code) {
        return jdbc.sql("select code, name_en, name_fr, position, active from sector where code = ?")
                .param(code)
                .query(SECTOR)
                .optional()
                .orElse(null);
    }

    private Sector require(String code) {
        Sector sector = code == null ? null : find(code);
        if (sector == null) {
            throw new PartnerNotFound("No sector has the code " + code);
        }
        return sector;
    }

    static String codeFrom(String name) {
        String ascii = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return ascii.length() > 60 ? ascii.substring(0, 60).replaceAll("-+$", "") : ascii;
    }
}
