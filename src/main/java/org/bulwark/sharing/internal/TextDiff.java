package org.bulwark.sharing.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

/**
 * What changed between two versions of a text, line by line, with the changed words marked inside a line that was
 * edited rather than replaced; for showing a reader what a new version of a bulletin says differently.
 *
 * <p>Lines are compared exactly. The diff is a shortest one (Myers' algorithm) while the two texts differ by at most
 * {@value #MAX_EDITS} lines; beyond that the differing middle is shown as removed and added whole, which is still a
 * correct diff and keeps time and memory bounded for a complete rewrite.
 */
public final class TextDiff {

    /** How many unchanged lines the compact form keeps on each side of a change. */
    public static final int CONTEXT = 2;

    static final int MAX_EDITS = 1_000;

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+|\\s+|.", Pattern.DOTALL);

    /** How a line of the diff relates the two texts. */
    public enum Change {
        /** In both texts. */
        SAME,
        /** Only in the new text. */
        ADDED,
        /** Only in the old text. */
        REMOVED,
        /** Unchanged lines left out of the compact form, shown as "…". */
        SKIPPED
    }

    /** A stretch of a line's text, marked when it is what differs from the line it replaced or was replaced by. */
    public record Segment(String text, boolean changed) {}

    /**
     * One line of the diff.
     *
     * @param oldNumber the line's number in the old text from 1, or 0 for an added line
     * @param newNumber the line's number in the new text from 1, or 0 for a removed line
     * @param segments the text in stretches: for a removed line paired with the added line that replaced it (and the
     *     other way round), the words that differ are marked changed; otherwise one unmarked stretch; empty for an
     *     empty line
     */
    public record Line(Change change, String text, int oldNumber, int newNumber, List<Segment> segments) {

        public Line {
            segments = List.copyOf(segments);
        }

        static Line of(Change change, String text, int oldNumber, int newNumber) {
            return new Line(
                    change, text, oldNumber, newNumber, text.isEmpty() ? List.of() : List.of(new Segment(text, false)));
        }

        /** Whether the line is added or removed. */
        public boolean changed() {
            return change == Change.ADDED || change == Change.REMOVED;
        }
    }

    private TextDiff() {}

    /**
     * Every line of both texts in reading order: unchanged lines once, and where the texts differ, the removed lines
     * first and then the added ones. The old text is the {@link Change#SAME} and {@link Change#REMOVED} lines in
     * order, the new text the {@link Change#SAME} and {@link Change#ADDED} lines. Lines end at "\n", "\r\n" or "\r";
     * a final line break does not start another line.
     *
     * @param before the old text, may be null (no lines)
     * @param after the new text, may be null (no lines)
     * @return the lines, never null; no {@link Change#SKIPPED} among them
     */
    public static List<Line> lines(@Nullable String before, @Nullable String after) {
        List<String> old = split(before);
        List<String> current = split(after);
        List<Edit> edits = edits(old, current);
        List<Line> lines = new ArrayList<>();
        int o = 0;
        int n = 0;
        int i = 0;
        while (i < edits.size()) {
            if (edits.get(i) == Edit.KEEP) {
                lines.add(Line.of(Change.SAME, old.get(o), o + 1, n + 1));
                o++;
                n++;
                i++;
                continue;
            }
            int removed = 0;
            int added = 0;
            for (; i < edits.size() && edits.get(i) != Edit.KEEP; i++) {
                if (edits.get(i) == Edit.DELETE) {
                    removed++;
                } else {
                    added++;
                }
            }
            List<String> oldRun = old.subList(o, o + removed);
            List<String> newRun = current.subList(n, n + added);
            for (int r = 0; r < removed; r++) {
                String text = oldRun.get(r);
                lines.add(
                        r < added
                                ? new Line(Change.REMOVED, text, o + r + 1, 0, words(text, newRun.get(r), Edit.DELETE))
                                : Line.of(Change.REMOVED, text, o + r + 1, 0));
            }
            for (int a = 0; a < added; a++) {
                String text = newRun.get(a);
                lines.add(
                        a < removed
                                ? new Line(Change.ADDED, text, 0, n + a + 1, words(oldRun.get(a), text, Edit.INSERT))
                                : Line.of(Change.ADDED, text, 0, n + a + 1));
            }
            o += removed;
            n += added;
        }
        return List.copyOf(lines);
    }

    /** The compact form of the diff of two texts, with {@value #CONTEXT} lines of context. */
    public static List<Line> compact(@Nullable String before, @Nullable String after) {
        return compact(lines(before, after), CONTEXT);
    }

    /**
     * Only the changed lines and up to {@code context} unchanged lines on each side of them; each stretch of
     * unchanged lines left out becomes one {@link Change#SKIPPED} line reading "…", numbered as the first line it
     * stands for.
     *
     * @param lines a diff from {@link #lines}; must not be null
     * @param context how many unchanged lines to keep next to a change; must not be negative
     * @return the compact lines; empty when nothing changed; never null
     */
    public static List<Line> compact(List<Line> lines, int context) {
        Assert.notNull(lines, "lines must not be null");
        Assert.isTrue(context >= 0, "context must not be negative");
        int size = lines.size();
        int[] distance = new int[size];
        int last = Integer.MIN_VALUE / 2;
        for (int i = 0; i < size; i++) {
            if (lines.get(i).changed()) {
                last = i;
            }
            distance[i] = i - last;
        }
        last = Integer.MAX_VALUE / 2;
        for (int i = size - 1; i >= 0; i--) {
            if (lines.get(i).changed()) {
                last = i;
            }
            distance[i] = Math.min(distance[i], last - i);
        }
        List<Line> compact = new ArrayList<>();
        boolean anyChange = lines.stream().anyMatch(Line::changed);
        for (int i = 0; anyChange && i < size; i++) {
            Line line = lines.get(i);
            if (distance[i] <= context) {
                compact.add(line);
            } else if (i == 0 || distance[i - 1] <= context) {
                compact.add(new Line(
                        Change.SKIPPED, "…", line.oldNumber(), line.newNumber(), List.of(new Segment("…", false))));
            }
        }
        return List.copyOf(compact);
    }

    static List<String> split(@Nullable String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>(Arrays.asList(LINE_BREAK.split(text, -1)));
        if (lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /** The side of a paired line in stretches, the words that the other side lacks marked changed. */
    private static List<Segment> words(String oldText, String newText, Edit side) {
        List<String> oldTokens = tokens(oldText);
        List<String> newTokens = tokens(newText);
        List<Segment> segments = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean runChanged = false;
        int o = 0;
        int n = 0;
        for (Edit edit : edits(oldTokens, newTokens)) {
            String token;
            boolean changed;
            if (edit == Edit.KEEP) {
                token = side == Edit.DELETE ? oldTokens.get(o) : newTokens.get(n);
                changed = false;
                o++;
                n++;
            } else if (edit == Edit.DELETE) {
                token = oldTokens.get(o++);
                changed = true;
                if (side != Edit.DELETE) {
                    continue;
                }
            } else {
                token = newTokens.get(n++);
                changed = true;
                if (side != Edit.INSERT) {
                    continue;
                }
            }
            if (changed != runChanged && !run.isEmpty()) {
                segments.add(new Segment(run.toString(), runChanged));
                run.setLength(0);
            }
            runChanged = changed;
            run.append(token);
        }
        if (!run.isEmpty()) {
            segments.add(new Segment(run.toString(), runChanged));
        }
        return segments;
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    /** A step of an edit script turning one sequence into another. */
    enum Edit {
        KEEP,
        DELETE,
        INSERT
    }

    /**
     * A shortest edit script from {@code a} to {@code b} (within {@value #MAX_EDITS} edits), deletions before
     * insertions in each run of edits.
     */
    static <T> List<Edit> edits(List<T> a, List<T> b) {
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix
                && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        List<Edit> script = new ArrayList<>(a.size() + b.size());
        for (int i = 0; i < prefix; i++) {
            script.add(Edit.KEEP);
        }
        script.addAll(myers(a.subList(prefix, a.size() - suffix), b.subList(prefix, b.size() - suffix)));
        for (int i = 0; i < suffix; i++) {
            script.add(Edit.KEEP);
        }
        return deletionsFirst(script);
    }

    /** Myers' greedy algorithm, keeping each round's furthest reaching paths to walk the shortest path back. */
    private static <T> List<Edit> myers(List<T> a, List<T> b) {
        int n = a.size();
        int m = b.size();
        int limit = Math.min(n + m, MAX_EDITS);
        int offset = limit + 1;
        int[] v = new int[2 * limit + 3];
        List<int[]> trace = new ArrayList<>();
        for (int d = 0; d <= limit; d++) {
            for (int k = -d; k <= d; k += 2) {
                int x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])
                        ? v[offset + k + 1]
                        : v[offset + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a.get(x).equals(b.get(y))) {
                    x++;
                    y++;
                }
                v[offset + k] = x;
                if (x >= n && y >= m) {
                    trace.add(Arrays.copyOfRange(v, offset - d, offset + d + 1));
                    return walkBack(trace, n, m);
                }
            }
            trace.add(Arrays.copyOfRange(v, offset - d, offset + d + 1));
        }
        List<Edit> rewrite = new ArrayList<>(n + m);
        for (int i = 0; i < n; i++) {
            rewrite.add(Edit.DELETE);
        }
        for (int i = 0; i < m; i++) {
            rewrite.add(Edit.INSERT);
        }
        return rewrite;
    }

    private static List<Edit> walkBack(List<int[]> trace, int n, int m) {
        List<Edit> reversed = new ArrayList<>();
        int x = n;
        int y = m;
        for (int d = trace.size() - 1; d > 0; d--) {
            int[] previous = trace.get(d - 1);
            int k = x - y;
            int prevK = k == -d || (k != d && previous[k - 1 + d - 1] < previous[k + 1 + d - 1]) ? k + 1 : k - 1;
            int prevX = previous[prevK + d - 1];
            int prevY = prevX - prevK;
            while (x > prevX && y > prevY) {
                reversed.add(Edit.KEEP);
                x--;
                y--;
            }
            reversed.add(x == prevX ? Edit.INSERT : Edit.DELETE);
            x = prevX;
            y = prevY;
        }
        for (; x > 0; x--) {
            reversed.add(Edit.KEEP);
        }
        List<Edit> script = new ArrayList<>(reversed.size());
        for (int i = reversed.size() - 1; i >= 0; i--) {
            script.add(reversed.get(i));
        }
        return script;
    }

    private static List<Edit> deletionsFirst(List<Edit> script) {
        List<Edit> ordered = new ArrayList<>(script.size());
        int i = 0;
        while (i < script.size()) {
            if (script.get(i) == Edit.KEEP) {
                ordered.add(Edit.KEEP);
                i++;
                continue;
            }
            int deletions = 0;
            int insertions = 0;
            for (; i < script.size() && script.get(i) != Edit.KEEP; i++) {
                if (script.get(i) == Edit.DELETE) {
                    deletions++;
                } else {
                    insertions++;
                }
            }
            for (int j = 0; j < deletions; j++) {
                ordered.add(Edit.DELETE);
            }
            for (int j = 0; j < insertions; j++) {
                ordered.add(Edit.INSERT);
            }
        }
        return ordered;
    }
}
