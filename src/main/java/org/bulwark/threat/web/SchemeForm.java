package org.bulwark.threat.web;

import java.util.ArrayList;
import java.util.List;
import org.bulwark.threat.NewThreatScheme;
import org.jspecify.annotations.Nullable;

/** The form for a custom scheme: a code, a name and rows of levels from the lowest up; empty rows are ignored. */
class SchemeForm {

    static final int ROWS = 8;

    private @Nullable String code;
    private @Nullable String name;
    private List<LevelRow> levels = new ArrayList<>();

    SchemeForm() {
        fill();
    }

    /** Pads the rows up to the number the form shows. */
    SchemeForm fill() {
        while (levels.size() < ROWS) {
            levels.add(new LevelRow());
        }
        return this;
    }

    NewThreatScheme scheme() {
        List<NewThreatScheme.Level> rows = levels.stream()
                .filter(row -> !row.isEmpty())
                .map(row -> new NewThreatScheme.Level(text(row.code), text(row.name), text(row.meaning)))
                .toList();
        return new NewThreatScheme(text(code), text(name), rows);
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    public @Nullable String getCode() {
        return code;
    }

    public void setCode(@Nullable String code) {
        this.code = code;
    }

    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }

    public List<LevelRow> getLevels() {
        return levels;
    }

    public void setLevels(List<LevelRow> levels) {
        this.levels = levels;
    }

    /** One level as typed. */
    public static class LevelRow {

        private @Nullable String code;
        private @Nullable String name;
        private @Nullable String meaning;

        boolean isEmpty() {
            return blank(code) && blank(name) && blank(meaning);
        }

        private static boolean blank(@Nullable String value) {
            return value == null || value.isBlank();
        }

        public @Nullable String getCode() {
            return code;
        }

        public void setCode(@Nullable String code) {
            this.code = code;
        }

        public @Nullable String getName() {
            return name;
        }

        public void setName(@Nullable String name) {
            this.name = name;
        }

        public @Nullable String getMeaning() {
            return meaning;
        }

        public void setMeaning(@Nullable String meaning) {
            this.meaning = meaning;
        }
    }
}
