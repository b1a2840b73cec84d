package org.bulwark.risk.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.bulwark.risk.Answer;
import org.bulwark.risk.Assessment;
import org.bulwark.risk.AssessmentStatus;
import org.bulwark.risk.RiskBand;
import org.bulwark.risk.Scenario;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** Assessments, their scenarios and answers, and their frozen versions, in the risk tables. */
@Repository
public class JdbcAssessments {

    private static final String COLUMNS = "id, site_id, organisation_id, status, review_comment, created_by,"
            + " created_by_name, created_at, updated_at, approved_by_name, approved_at, highest_band, version";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    JdbcAssessments(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<Assessment> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from risk_assessment where id = ?")
                .param(id)
                .query(this::header)
                .optional()
                .map(this::withScenarios);
    }

    public List<Assessment> ofSite(UUID siteId) {
        return jdbc
                .sql("select " + COLUMNS + " from risk_assessment where site_id = ? order by created_at desc")
                .param(siteId)
                .query(this::header)
                .list()
                .stream()
                .map(this::withScenarios)
                .toList();
    }

    /** Assessments waiting for review, oldest submission first. */
    public List<Assessment> submitted() {
        return jdbc.sql("select " + COLUMNS + " from risk_assessment where status = 'SUBMITTED' order by updated_at")
                .query(this::header)
                .list();
    }

    /** The latest approved assessment of each site that has one, without scenarios. */
    public List<Assessment> latestApproved() {
        Map<UUID, Assessment> latest = new HashMap<>();
        jdbc.sql("select " + COLUMNS + " from risk_assessment where status = 'APPROVED' order by approved_at")
                .query(this::header)
                .list()
                .forEach(a -> latest.put(a.siteId(), a));
        return List.copyOf(latest.values());
    }

    public void insert(Assessment assessment) {
        jdbc.sql("insert into risk_assessment (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        assessment.id(),
                        assessment.siteId(),
                        assessment.organisationId(),
                        assessment.status().name(),
                        assessment.reviewComment(),
                        assessment.createdBy(),
                        assessment.createdByName(),
                        utc(assessment.createdAt()),
                        utc(assessment.updatedAt()),
                        assessment.approvedByName(),
                        assessment.approvedAt() == null ? null : utc(assessment.approvedAt()),
                        assessment.highestBand() == null
                                ? null
                                : assessment.highestBand().name(),
                        assessment.version())
                .update();
        for (Scenario scenario : assessment.scenarios()) {
            insertScenario(assessment.id(), scenario);
        }
    }

    /**
     * Stores the assessment's header and scenarios if nobody changed it since it was read.
     *
     * @throws OptimisticLockingFailureException when it was changed meanwhile
     */
    public Assessment update(Assessment assessment) {
        int updated = jdbc.sql("update risk_assessment set status = ?, review_comment = ?, updated_at = ?,"
                        + " approved_by_name = ?, approved_at = ?, highest_band = ?, version = version + 1"
                        + " where id = ? and version = ?")
                .params(
                        assessment.status().name(),
                        assessment.reviewComment(),
                        utc(assessment.updatedAt()),
                        assessment.approvedByName(),
                        assessment.approvedAt() == null ? null : utc(assessment.approvedAt()),
                        assessment.highestBand() == null
                                ? null
                                : assessment.highestBand().name(),
                        assessment.id(),
                        assessment.version())
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("The assessment was changed meanwhile; reload it.");
        }
        jdbc.sql("delete from risk_answer where assessment_id = ?")
                .param(assessment.id())
                .update();
        jdbc.sql("delete from risk_scenario where assessment_id = ?")
                .param(assessment.id())
                .update();
        for (Scenario scenario : assessment.scenarios()) {
            insertScenario(assessment.id(), scenario);
        }
        return find(assessment.id()).orElseThrow();
    }

    public void addVersion(UUID assessmentId, AssessmentVersion version) {
        jdbc.sql("insert into risk_assessment_version (assessment_id, number, status, author_id, author_name,"
                        + " created_at, threat_level, snapshot) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        assessmentId,
                        version.number(),
                        version.status().name(),
                        version.authorId(),
                        version.authorName(),
                        utc(version.createdAt()),
                        version.threatLevel(),
                        json.writeValueAsString(version.scenarios()))
                .update();
    }

    public List<AssessmentVersion> versions(UUID assessmentId) {
        return jdbc.sql("select number, status, author_id, author_name, created_at, threat_level, snapshot"
                        + " from risk_assessment_version where assessment_id = ? order by number")
                .param(assessmentId)
                .query((rs, n) -> new AssessmentVersion(
                        rs.getInt("number"),
                        AssessmentStatus.valueOf(rs.getString("status")),
                        rs.getObject("author_id", UUID.class),
                        rs.getString("author_name"),
                        instant(rs, "created_at"),
                        rs.getString("threat_level"),
                        json.readValue(rs.getString("snapshot"), new TypeReference<List<ScenarioSnapshot>>() {})))
                .list();
    }

    private void insertScenario(UUID assessmentId, Scenario scenario) {
        jdbc.sql("insert into risk_scenario (assessment_id, method_code, likelihood_override, likelihood_reason,"
                        + " crowd_density, symbolic_value, comment, review_comment) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        assessmentId,
                        scenario.methodCode(),
                        scenario.likelihoodOverride(),
                        scenario.likelihoodReason(),
                        scenario.crowdDensity(),
                        scenario.symbolicValue(),
                        scenario.comment(),
                        scenario.reviewComment())
                .update();
        Set<String> codes = new HashSet<>(scenario.answers().keySet());
        codes.addAll(scenario.demanded());
        for (String code : codes) {
            Answer answer = scenario.answers().get(code);
            jdbc.sql("insert into risk_answer (assessment_id, question_code, answer, demanded) values (?, ?, ?, ?)")
                    .params(
                            assessmentId,
                            code,
                            answer == null ? null : answer.name(),
                            scenario.demanded().contains(code))
                    .update();
        }
    }

    private Assessment withScenarios(Assessment header) {
        Map<String, Map<String, Answer>> answers = new HashMap<>();
        Map<String, Set<String>> demanded = new HashMap<>();
        jdbc.sql("select q.method_code, a.question_code, a.answer, a.demanded from risk_answer a"
                        + " join risk_question q on q.code = a.question_code where a.assessment_id = ?")
                .param(header.id())
                .query(rs -> {
                    String method = rs.getString("method_code");
                    String answer = rs.getString("answer");
                    if (answer != null) {
                        answers.computeIfAbsent(method, k -> new HashMap<>())
                                .put(rs.getString("question_code"), Answer.valueOf(answer));
                    }
                    if (rs.getBoolean("demanded")) {
                        demanded.computeIfAbsent(method, k -> new HashSet<>()).add(rs.getString("question_code"));
                    }
                });
        List<Scenario> scenarios = new ArrayList<>(jdbc.sql(
                        "select s.method_code, s.likelihood_override, s.likelihood_reason, s.crowd_density,"
                                + " s.symbolic_value, s.comment, s.review_comment from risk_scenario s"
                                + " join risk_method m on m.code = s.method_code where s.assessment_id = ?"
                                + " order by m.position")
                .param(header.id())
                .query((rs, n) -> {
                    String method = rs.getString("method_code");
                    return new Scenario(
                            method,
                            (Integer) rs.getObject("likelihood_override", Integer.class),
                            rs.getString("likelihood_reason"),
                            rs.getInt("crowd_density"),
                            rs.getInt("symbolic_value"),
                            rs.getString("comment"),
                            rs.getString("review_comment"),
                            answers.getOrDefault(method, Map.of()),
                            demanded.getOrDefault(method, Set.of()));
                })
                .list());
        return new Assessment(
                header.id(),
                header.siteId(),
                header.organisationId(),
                header.status(),
                header.reviewComment(),
                header.createdBy(),
                header.createdByName(),
                header.createdAt(),
                header.updatedAt(),
                header.approvedByName(),
                header.approvedAt(),
                header.highestBand(),
                header.version(),
                scenarios);
    }

    private Assessment header(ResultSet rs, int row) throws SQLException {
        String band = rs.getString("highest_band");
        return new Assessment(
                rs.getObject("id", UUID.class),
                rs.getObject("site_id", UUID.class),
                rs.getObject("organisation_id", UUID.class),
                AssessmentStatus.valueOf(rs.getString("status")),
                rs.getString("review_comment"),
                rs.getObject("created_by", UUID.class),
                rs.getString("created_by_name"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"),
                rs.getString("approved_by_name"),
                nullableInstant(rs, "approved_at"),
                band == null ? null : RiskBand.valueOf(band),
                rs.getInt("version"),
                List.of());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
