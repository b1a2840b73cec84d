package org.bulwark.reporting.web;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bulwark.identity.AccountSummary;
import org.bulwark.identity.Accounts;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Readers;
import org.bulwark.partners.Sector;
import org.bulwark.partners.SectorCatalogue;
import org.bulwark.reporting.internal.CorrelationGraph;
import org.bulwark.reporting.internal.CorrelationSettings;
import org.bulwark.reporting.internal.ReportLink;
import org.bulwark.sharing.Indicator;
import org.bulwark.sharing.IndicatorCatalogue;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The plain records the link fragments of {@code reporting/links} take, with every reason already put in words in
 * the reader's language and the graph laid out.
 */
@Component
class ReportLinksViews {

    static final int WIDTH = 720;
    static final int HEIGHT = 560;
    private static final double CENTRE_X = WIDTH / 2.0;
    private static final double CENTRE_Y = HEIGHT / 2.0;
    private static final double INNER_RING = 120;
    private static final double OUTER_RING = 205;
    private static final double OUTER_STAGGER = 35;

    private final MessageSource messages;
    private final Accounts accounts;
    private final CorrelationSettings settings;
    private final SectorCatalogue sectors;
    private final IndicatorCatalogue catalogue;
    private final Readers readers;

    ReportLinksViews(
            MessageSource messages,
            Accounts accounts,
            CorrelationSettings settings,
            SectorCatalogue sectors,
            IndicatorCatalogue catalogue,
            Readers readers) {
        this.messages = messages;
        this.accounts = accounts;
        this.settings = settings;
        this.sectors = sectors;
        this.catalogue = catalogue;
        this.readers = readers;
    }

    /**
     * The names of the sectors and of the behaviour categories this person reads, by code, in their language: what
     * the reasons of links name. A code without a name here is shown as it is.
     */
    Map<String, String> names(BulwarkUser user, Locale locale) {
        Map<String, String> names = new HashMap<>();
        for (Sector sector : sectors.all()) {
            names.put(sector.code(), sector.name(locale));
        }
        for (Indicator indicator : catalogue.readableBy(readers.reader(user.accountId(), user.role()), null)) {
            names.put(indicator.code(), indicator.name(locale));
        }
        return names;
    }

    /**
     * A link as the list shows it.
     *
     * @param reason why the reports are linked, in words
     * @param when when the other report's activity was seen, relative to this one, in words
     * @param dismissal who dismissed the link and when, in words; null when it stands
     * @param note the dismissal note; null when it stands
     */
    record LinkRow(
            UUID id,
            UUID report,
            UUID other,
            String otherLabel,
            String reason,
            String when,
            boolean dismissed,
            @Nullable String dismissal,
            @Nullable String note) {}

    /** The list of a report's links, and the dismissal that was refused, if any, with its message. */
    record LinkList(
            UUID report,
            List<LinkRow> links,
            @Nullable UUID refusedLink,
            @Nullable String refusal,
            @Nullable String note) {

        static LinkList of(UUID report, List<LinkRow> links) {
            return new LinkList(report, links, null, null, null);
        }

        LinkList refusing(UUID link, String message, @Nullable String typed) {
            return new LinkList(report, links, link, message, typed);
        }
    }

    /** A report drawn in the graph, its centre at (x, y). */
    record NodeView(UUID report, String label, double x, double y, int depth) {

        public boolean centre() {
            return depth == 0;
        }
    }

    /** A line between two linked reports; {@code reasons} says why, {@code label} in short at its middle. */
    record EdgeView(
            UUID from,
            UUID to,
            double x1,
            double y1,
            double x2,
            double y2,
            String label,
            String reasons,
            boolean dismissed) {

        public double labelX() {
            return (x1 + x2) / 2;
        }

        public double labelY() {
            return (y1 + y2) / 2;
        }
    }

    /** The graph as the SVG fragment draws it, and the sentences that say the same for those who cannot see it. */
    record GraphView(
            UUID centre,
            int width,
            int height,
            List<NodeView> nodes,
            List<EdgeView> edges,
            List<String> sentences,
            boolean truncated) {}

    List<LinkRow> rows(List<ReportLink> links, Map<UUID, String> labels, Map<String, String> named, Locale locale) {
        DateTimeFormatter format = times(locale);
        Map<UUID, String> names = new HashMap<>();
        List<LinkRow> rows = new ArrayList<>();
        for (ReportLink link : links) {
            String dismissal = null;
            if (link.dismissed()) {
                String by = link.dismissedBy() == null
                        ? "?"
                        : names.computeIfAbsent(
                                link.dismissedBy(),
                                id -> accounts.find(id)
                                        .map(AccountSummary::displayName)
                                        .orElseGet(
                                                () -> messages.getMessage("correlation.unknownAccount", null, locale)));
                dismissal = messages.getMessage(
                        "correlation.dismissedBy", new Object[] {by, format.format(at(link.dismissedAt()))}, locale);
            }
            rows.add(new LinkRow(
                    link.id(),
                    link.report(),
                    link.other(),
                    label(link.other(), labels),
                    reason(link, locale, named),
                    when(link.otherLater(), locale),
                    link.dismissed(),
                    dismissal,
                    link.dismissalNote()));
        }
        return rows;
    }

    String reason(ReportLink link, Locale locale, Map<String, String> names) {
        String key = "correlation.reason." + link.reason().name();
        Object[] arguments = switch (link.reason()) {
            case PLATE, PHONE -> new Object[] {link.detail()};
            case HANDLE -> handle(link.detail(), locale);
            case SAME_SITE -> new Object[] {};
            case NEARBY -> new Object[] {link.distanceMetres() == null ? link.detail() : link.distanceMetres()};
            case SECTOR_PATTERN -> pattern(link.detail(), names);
        };
        return messages.getMessage(key, arguments, locale);
    }

    String when(Duration otherLater, Locale locale) {
        long minutes = Math.abs(otherLater.toMinutes());
        if (minutes < 60) {
            return messages.getMessage("correlation.when.sameHour", null, locale);
        }
        String span = messages.getMessage(
                "correlation.span", new Object[] {minutes / (24 * 60), (minutes / 60) % 24}, locale);
        return messages.getMessage(
                otherLater.isNegative() ? "correlation.when.earlier" : "correlation.when.later",
                new Object[] {span},
                locale);
    }

    GraphView graph(CorrelationGraph graph, Map<UUID, String> labels, Map<String, String> named, Locale locale) {
        List<CorrelationGraph.Node> inner =
                graph.nodes().stream().filter(node -> node.depth() == 1).toList();
        Map<UUID, List<UUID>> childrenOf = new LinkedHashMap<>();
        Map<UUID, UUID> parentOf = new HashMap<>();
        for (CorrelationGraph.Edge edge : graph.edges()) {
            if (depthOf(graph, edge.from()) == 1
                    && depthOf(graph, edge.to()) == 2
                    && !parentOf.containsKey(edge.to())) {
                parentOf.put(edge.to(), edge.from());
                childrenOf.computeIfAbsent(edge.from(), k -> new ArrayList<>()).add(edge.to());
            }
        }
        boolean twoRings = !parentOf.isEmpty();
        double innerRadius = twoRings ? INNER_RING : OUTER_RING;
        Map<UUID, double[]> positions = new HashMap<>();
        positions.put(graph.centre(), new double[] {CENTRE_X, CENTRE_Y});
        double slot = inner.isEmpty() ? 0 : 2 * Math.PI / inner.size();
        for (int i = 0; i < inner.size(); i++) {
            double angle = -Math.PI / 2 + i * slot;
            UUID parent = inner.get(i).report();
            positions.put(parent, polar(angle, innerRadius));
            List<UUID> children = childrenOf.getOrDefault(parent, List.of());
            for (int j = 0; j < children.size(); j++) {
                // spread a report's own links over its share of the circle, staggered so that labels do not meet
                double childAngle = angle + slot * ((j + 1.0) / (children.size() + 1) - 0.5);
                positions.put(children.get(j), polar(childAngle, OUTER_RING + (j % 2) * OUTER_STAGGER));
            }
        }
        List<NodeView> nodes = new ArrayList<>();
        for (CorrelationGraph.Node node : graph.nodes()) {
            double[] at = positions.get(node.report());
            if (at != null) {
                nodes.add(new NodeView(node.report(), label(node.report(), labels), at[0], at[1], node.depth()));
            }
        }
        List<EdgeView> edges = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        for (CorrelationGraph.Edge edge : graph.edges()) {
            double[] from = positions.get(edge.from());
            double[] to = positions.get(edge.to());
            if (from == null || to == null) {
                continue;
            }
            String reasons = edge.links().stream()
                    .map(link -> reason(link, locale, named)
                            + (link.dismissed()
                                    ? " (" + messages.getMessage("correlation.dismissed", null, locale) + ")"
                                    : ""))
                    .collect(Collectors.joining("; "));
            String label = edge.links().stream()
                    .map(link -> messages.getMessage(
                            "correlation.short." + link.reason().name(), null, locale))
                    .distinct()
                    .collect(Collectors.joining(", "));
            edges.add(new EdgeView(
                    edge.from(), edge.to(), from[0], from[1], to[0], to[1], label, reasons, edge.dismissed()));
            sentences.add(messages.getMessage(
                    "correlation.graph.sentence",
                    new Object[] {label(edge.from(), labels), label(edge.to(), labels), reasons},
                    locale));
        }
        return new GraphView(graph.centre(), WIDTH, HEIGHT, nodes, edges, sentences, graph.truncated());
    }

    private static int depthOf(CorrelationGraph graph, UUID report) {
        return graph.nodes().stream()
                .filter(node -> node.report().equals(report))
                .mapToInt(CorrelationGraph.Node::depth)
                .findFirst()
                .orElse(-1);
    }

    private static double[] polar(double angle, double radius) {
        return new double[] {
            Math.round((CENTRE_X + radius * Math.cos(angle)) * 10) / 10.0,
            Math.round((CENTRE_Y + radius * Math.sin(angle)) * 10) / 10.0
        };
    }

    private Object[] handle(String detail, Locale locale) {
        int colon = detail.indexOf(':');
        String platform = colon > 0 ? detail.substring(0, colon) : "";
        String name = detail.substring(colon + 1);
        return new Object[] {
            name, platform.isEmpty() ? messages.getMessage("correlation.unknownPlatform", null, locale) : platform
        };
    }

    private static Object[] pattern(String detail, Map<String, String> names) {
        int slash = detail.indexOf('/');
        if (slash < 0) {
            return new Object[] {names.getOrDefault(detail, detail), ""};
        }
        String category = detail.substring(0, slash);
        String sector = detail.substring(slash + 1);
        return new Object[] {names.getOrDefault(category, category), names.getOrDefault(sector, sector)};
    }

    private Instant at(@Nullable Instant instant) {
        return instant == null ? Instant.EPOCH : instant;
    }

    private String label(UUID report, Map<UUID, String> labels) {
        String label = labels.get(report);
        return label != null ? label : report.toString().substring(0, 8);
    }

    /** The time zone the dismissal times are shown in. */
    DateTimeFormatter times(Locale locale) {
        return DateTimeFormatter.ofPattern("d MMM yyyy HH:mm zzz", locale).withZone(settings.timeZone());
    }
}
