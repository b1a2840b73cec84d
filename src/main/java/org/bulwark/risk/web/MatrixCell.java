package org.bulwark.risk.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bulwark.risk.RiskBand;

/** One cell of the 5x5 matrix as a page draws it: likelihood row, consequence column, how many scenarios. */
public record MatrixCell(int likelihood, int consequence, int count) {

    public int score() {
        return likelihood * consequence;
    }

    public RiskBand band() {
        return RiskBand.of(score());
    }

    /** Bootstrap background class of the cell's band. */
    public String cssClass() {
        return switch (band()) {
            case LOW -> "risk-cell bg-success-subtle";
            case MEDIUM -> "risk-cell bg-warning-subtle";
            case HIGH -> "risk-cell bg-danger-subtle";
        };
    }

    public String bandName() {
        return band().name().toLowerCase(Locale.ROOT);
    }

    /** Rows from likelihood 5 down to 1, each with consequence 1 to 5. */
    public static List<List<MatrixCell>> rows(int[][] counts) {
        List<List<MatrixCell>> rows = new ArrayList<>();
        for (int l = 5; l >= 1; l--) {
            List<MatrixCell> row = new ArrayList<>();
            for (int c = 1; c <= 5; c++) {
                row.add(new MatrixCell(l, c, counts[l - 1][c - 1]));
            }
            rows.add(row);
        }
        return rows;
    }
}
