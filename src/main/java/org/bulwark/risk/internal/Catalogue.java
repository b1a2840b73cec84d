package org.bulwark.risk.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bulwark.risk.RiskBand;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The attack-method catalogue with its checklists, as stored. */
@Component
public class Catalogue {

    private final JdbcClient jdbc;

    Catalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The active methods in catalogue order, each with its questions in checklist order. */
    public List<AttackMethod> methods() {
        Map<String, List<MitigationQuestion>> questions = new LinkedHashMap<>();
        jdbc.sql("select q.code, q.method_code, q.position, q.weight, q.proportionate_from, q.text_en, q.text_fr"
                        + " from risk_question q order by q.method_code, q.position")
                .query(rs -> {
                    questions
                            .computeIfAbsent(rs.getString("method_code"), k -> new ArrayList<>())
                            .add(new MitigationQuestion(
                                    rs.getString("code"),
                                    rs.getInt("position"),
                                    rs.getInt("weight"),
                                    RiskBand.valueOf(rs.getString("proportionate_from")),
                                    rs.getString("text_en"),
                                    rs.getString("text_fr")));
                });
        return jdbc.sql("select code, position, name_en, name_fr from risk_method where active order by position")
                .query((rs, n) -> new AttackMethod(
                        rs.getString("code"),
                        rs.getInt("position"),
                        rs.getString("name_en"),
                        rs.getString("name_fr"),
                        questions.getOrDefault(rs.getString("code"), List.of())))
                .list();
    }

    public Optional<AttackMethod> method(String code) {
        return methods().stream().filter(m -> m.code().equals(code)).findFirst();
    }
}
