package org.bulwark.reporting.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.util.Assert;

/**
 * The reports linked to one report, and theirs in turn, as nodes and edges.
 *
 * @param centre the report the graph is drawn around
 * @param nodes the centre first, then the reports one link away, then two
 * @param edges one per linked pair of nodes, with every link between them
 * @param truncated whether reports were left out to keep the graph within its bound
 */
public record CorrelationGraph(UUID centre, List<Node> nodes, List<Edge> edges, boolean truncated) {

    public CorrelationGraph {
        Assert.notNull(centre, "centre must not be null");
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /**
     * A report in the graph.
     *
     * @param report its identifier
     * @param depth 0 for the centre, else how many links away it is
     */
    public record Node(UUID report, int depth) {}

    /**
     * Two linked reports.
     *
     * @param from the end nearer the centre
     * @param to the other end
     * @param links every link between them, seen from {@code from}; never empty
     */
    public record Edge(UUID from, UUID to, List<ReportLink> links) {

        public Edge {
            links = List.copyOf(links);
            Assert.notEmpty(links, "an edge has at least one link");
        }

        /** Whether every link between the two was dismissed. */
        public boolean dismissed() {
            return links.stream().allMatch(ReportLink::dismissed);
        }
    }
}
