package org.bulwark.reporting;

import java.util.List;

/** One page of reports, newest received first, with the number of reports that match the filters. */
public record ReportPage(List<ReportSummary> reports, long total, int page, int size) {

    public ReportPage {
        reports = List.copyOf(reports);
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
