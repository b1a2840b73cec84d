package org.bulwark.sites.internal;

import java.nio.ByteBuffer;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.bulwark.geo.GeoCells;
import org.bulwark.geo.GeoPoint;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.Assert;

/**
 * The {@code site_cell} table: for every resolution-10 H3 cell that holds sites, one row with the identifier and
 * position of each of them packed into {@code sites}. "Which sites are inside this zone" reads one row per cell
 * instead of one per site, which is what makes it fast on a dense city; the rows change in the same transaction
 * as the site table, through the methods below, so that both always agree.
 *
 * <p>Each site takes {@value #ENTRY_BYTES} bytes: its identifier (most and least significant halves), then its
 * latitude and longitude, all big-endian.
 */
@Component
public class SiteCells {

    /** Bytes per site in a packed row. */
    public static final int ENTRY_BYTES = 32;

    /** Cells per statement: keeps the number of bind parameters far below every driver's limit. */
    private static final int CELLS_PER_QUERY = 500;

    private static final byte[] EMPTY = new byte[0];

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    public SiteCells(JdbcTemplate jdbc) {
        Assert.notNull(jdbc, "jdbc must not be null");
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /**
     * A site as its cell holds it.
     *
     * @param id the site's identifier
     * @param position where the site is
     */
    public record Entry(UUID id, GeoPoint position) {

        public Entry {
            Assert.notNull(id, "id must not be null");
            Assert.notNull(position, "position must not be null");
        }

        /** The resolution-10 cell the entry belongs in. */
        public long cell() {
            return GeoCells.cellOf(position);
        }
    }

    /** Receives the sites of a packed row one at a time. */
    @FunctionalInterface
    public interface EntryVisitor {

        void visit(UUID id, double latitude, double longitude);
    }

    /**
     * Calls the visitor for every site packed in a row.
     *
     * @param packed the {@code sites} column of a {@code site_cell} row
     */
    public static void forEach(byte[] packed, EntryVisitor visitor) {
        Assert.isTrue(packed.length % ENTRY_BYTES == 0, "a packed row holds whole entries");
        ByteBuffer in = ByteBuffer.wrap(packed);
        while (in.hasRemaining()) {
            UUID id = new UUID(in.getLong(), in.getLong());
            visitor.visit(id, in.getDouble(), in.getDouble());
        }
    }

    /**
     * Records sites that have just been inserted into the site table. Runs in the caller's transaction.
     *
     * @param added must not be null
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void added(Collection<Entry> added) {
        change(added, List.of());
    }

    /**
     * Records a site that has moved from one position to another. Runs in the caller's transaction.
     *
     * @param id the site
     * @param from the position stored before the change
     * @param to the position stored now
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void moved(UUID id, GeoPoint from, GeoPoint to) {
        if (!from.equals(to)) {
            change(List.of(new Entry(id, to)), List.of(new Entry(id, from)));
        }
    }

    /**
     * Records a site that has just been deleted from the site table. Runs in the caller's transaction.
     *
     * @param removed the site as it was stored
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void removed(Entry removed) {
        change(List.of(), List.of(removed));
    }

    /**
     * Rebuilds every row from the site table, for a database whose site rows were written without this class
     * (the migration that introduced it, bulk loads). Runs in the caller's transaction.
     *
     * @return the number of sites packed
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int rebuild() {
        return rebuild(jdbc);
    }

    /**
     * Rebuilds every row of {@code site_cell} from {@code site} through the given connection's template.
     *
     * @return the number of sites packed
     */
    public static int rebuild(JdbcTemplate jdbc) {
        jdbc.update("delete from site_cell");
        List<Object[]> rows = new ArrayList<>();
        ByteBuffer[] current = {null};
        long[] cell = {0};
        int[] count = {0};
        jdbc.query("select h3_cell, id, latitude, longitude from site order by h3_cell", (ResultSet rs) -> {
            long next = rs.getLong(1);
            if (current[0] == null || next != cell[0]) {
                flush(rows, cell[0], current[0]);
                cell[0] = next;
                current[0] = ByteBuffer.allocate(ENTRY_BYTES * 16);
            }
            current[0] = put(current[0], rs.getObject(2, UUID.class), rs.getDouble(3), rs.getDouble(4));
            count[0]++;
            if (rows.size() >= CELLS_PER_QUERY) {
                insertRows(jdbc, rows);
            }
        });
        flush(rows, cell[0], current[0]);
        insertRows(jdbc, rows);
        return count[0];
    }

    private static void flush(List<Object[]> rows, long cell, ByteBuffer packed) {
        if (packed != null && packed.position() > 0) {
            rows.add(new Object[] {cell, Arrays.copyOf(packed.array(), packed.position())});
        }
    }

    private static void insertRows(JdbcTemplate jdbc, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("insert into site_cell (h3_cell, sites) values (?, ?)", rows);
            rows.clear();
        }
    }

    private void change(Collection<Entry> added, Collection<Entry> removed) {
        Map<Long, List<Entry>> adding = byCell(added);
        Map<Long, Set<UUID>> removing = new HashMap<>();
        for (Entry entry : removed) {
            removing.computeIfAbsent(entry.cell(), cell -> new HashSet<>()).add(entry.id());
        }
        // cells are locked in ascending order, so that two transactions changing the same cells cannot deadlock
        TreeSet<Long> cells = new TreeSet<>(adding.keySet());
        cells.addAll(removing.keySet());
        List<Long> all = new ArrayList<>(cells);
        for (int from = 0; from < all.size(); from += CELLS_PER_QUERY) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + CELLS_PER_QUERY));
            List<Object[]> missing = new ArrayList<>();
            for (Long cell : chunk) {
                if (adding.containsKey(cell)) {
                    missing.add(new Object[] {cell, EMPTY});
                }
            }
            if (!missing.isEmpty()) {
                jdbc.batchUpdate(
                        "insert into site_cell (h3_cell, sites) values (?, ?) on conflict do nothing", missing);
            }
            Map<Long, byte[]> stored = new HashMap<>();
            named.query(
                    "select h3_cell, sites from site_cell where h3_cell in (:cells) order by h3_cell for update",
                    Map.of("cells", chunk),
                    (ResultSet rs) -> {
                        stored.put(rs.getLong(1), rs.getBytes(2));
                    });
            List<Object[]> updates = new ArrayList<>();
            List<Object[]> deletes = new ArrayList<>();
            for (Long cell : chunk) {
                byte[] before = stored.get(cell);
                if (before == null) {
                    // nothing was stored for a cell that only loses sites: there is nothing to take out
                    continue;
                }
                byte[] after =
                        rewrite(before, removing.getOrDefault(cell, Set.of()), adding.getOrDefault(cell, List.of()));
                if (after.length == 0) {
                    deletes.add(new Object[] {cell});
                } else {
                    updates.add(new Object[] {after, cell});
                }
            }
            if (!updates.isEmpty()) {
                jdbc.batchUpdate("update site_cell set sites = ? where h3_cell = ?", updates);
            }
            if (!deletes.isEmpty()) {
                jdbc.batchUpdate("delete from site_cell where h3_cell = ?", deletes);
            }
        }
    }

    private static Map<Long, List<Entry>> byCell(Collection<Entry> entries) {
        Map<Long, List<Entry>> cells = new TreeMap<>();
        for (Entry entry : entries) {
            cells.computeIfAbsent(entry.cell(), cell -> new ArrayList<>()).add(entry);
        }
        return cells;
    }

    /** The packed row without the removed identifiers and with the added entries (replacing any of the same id). */
    static byte[] rewrite(byte[] before, Set<UUID> removed, List<Entry> added) {
        Set<UUID> dropped = new HashSet<>(removed);
        for (Entry entry : added) {
            dropped.add(entry.id());
        }
        ByteBuffer out = ByteBuffer.allocate(before.length + added.size() * ENTRY_BYTES);
        forEach(before, (id, latitude, longitude) -> {
            if (!dropped.contains(id)) {
                put(out, id, latitude, longitude);
            }
        });
        for (Entry entry : added) {
            put(out, entry.id(), entry.position().latitude(), entry.position().longitude());
        }
        return Arrays.copyOf(out.array(), out.position());
    }

    private static ByteBuffer put(ByteBuffer out, UUID id, double latitude, double longitude) {
        ByteBuffer target = out;
        if (target.remaining() < ENTRY_BYTES) {
            target = ByteBuffer.allocate(out.capacity() * 2).put(out.flip());
        }
        return target.putLong(id.getMostSignificantBits())
                .putLong(id.getLeastSignificantBits())
                .putDouble(latitude)
                .putDouble(longitude);
    }
}
