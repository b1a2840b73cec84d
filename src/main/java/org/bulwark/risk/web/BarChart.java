package org.bulwark.risk.web;

import java.util.ArrayList;
import java.util.List;
import org.bulwark.risk.RiskBand;
import org.bulwark.risk.internal.RiskOverview.GroupCounts;

/**
 * A stacked horizontal bar chart drawn as SVG by the page: one bar per group, one segment per band, widths in the
 * SVG's own units so that no style attribute is needed.
 */
public record BarChart(List<Bar> bars, int height) {

    static final int WIDTH = 400;
    static final int BAR_HEIGHT = 22;
    static final int GAP = 8;

    /** One band's part of a bar. */
    public record Segment(RiskBand band, int count, int x, int width, String fill) {}

    /** One group's bar at vertical offset {@code y}. */
    public record Bar(String name, int total, int y, List<Segment> segments) {

        public int count(RiskBand band) {
            return segments.stream()
                    .filter(s -> s.band() == band)
                    .mapToInt(Segment::count)
                    .sum();
        }
    }

    static BarChart of(List<GroupCounts> groups) {
        int max = groups.stream().mapToInt(GroupCounts::total).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        int y = 0;
        for (GroupCounts group : groups) {
            List<Segment> segments = new ArrayList<>();
            int x = 0;
            for (RiskBand band : RiskBand.values()) {
                int count = group.count(band);
                int width = max == 0 ? 0 : Math.round((float) count * WIDTH / max);
                if (count > 0) {
                    segments.add(new Segment(band, count, x, width, fill(band)));
                }
                x += width;
            }
            bars.add(new Bar(group.name(), group.total(), y, segments));
            y += BAR_HEIGHT + GAP;
        }
        return new BarChart(bars, Math.max(y, BAR_HEIGHT));
    }

    public int width() {
        return WIDTH;
    }

    public int barHeight() {
        return BAR_HEIGHT;
    }

    public static String fill(RiskBand band) {
        return switch (band) {
            case LOW -> "#198754";
            case MEDIUM -> "#ffc107";
            case HIGH -> "#dc3545";
        };
    }
}
