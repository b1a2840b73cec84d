package org.bulwark.sharing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.bulwark.sharing.internal.TextDiff.Change;
import org.bulwark.sharing.internal.TextDiff.Line;
import org.bulwark.sharing.internal.TextDiff.Segment;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

class TextDiffUnitTests {

    @Test
    void equalTextsAreAllSameAndTheirCompactFormIsEmpty() {
        String text = "Threat level: substantial\nStewards at every gate\n";

        assertThat(TextDiff.lines(text, text))
                .extracting(Line::change, Line::text, Line::oldNumber, Line::newNumber)
                .containsExactly(
                        tuple(Change.SAME, "Threat level: substantial", 1, 1),
                        tuple(Change.SAME, "Stewards at every gate", 2, 2));
        assertThat(TextDiff.compact(text, text)).isEmpty();
    }

    @Test
    void anEditedLineIsRemovedThenAddedAndTheOthersStay() {
        List<Line> lines = TextDiff.lines("one\ntwo\nthree\nfour", "one\nTWO\nthree\nfour\nfive");

        assertThat(lines)
                .extracting(Line::change, Line::text, Line::oldNumber, Line::newNumber)
                .containsExactly(
                        tuple(Change.SAME, "one", 1, 1),
                        tuple(Change.REMOVED, "two", 2, 0),
                        tuple(Change.ADDED, "TWO", 0, 2),
                        tuple(Change.SAME, "three", 3, 3),
                        tuple(Change.SAME, "four", 4, 4),
                        tuple(Change.ADDED, "five", 0, 5));
    }

    @Test
    void removedLinesComeBeforeTheLinesAddedInTheirPlace() {
        assertThat(TextDiff.lines("a\nb\nc\nd", "a\nx\ny\nz\nd"))
                .extracting(Line::change, Line::text)
                .containsExactly(
                        tuple(Change.SAME, "a"),
                        tuple(Change.REMOVED, "b"),
                        tuple(Change.REMOVED, "c"),
                        tuple(Change.ADDED, "x"),
                        tuple(Change.ADDED, "y"),
                        tuple(Change.ADDED, "z"),
                        tuple(Change.SAME, "d"));
    }

    @Test
    void missingTextHasNoLinesAndLineEndingsDoNotCount() {
        assertThat(TextDiff.lines(null, "a\nb")).extracting(Line::change).containsExactly(Change.ADDED, Change.ADDED);
        assertThat(TextDiff.lines("a\nb", "")).extracting(Line::change).containsExactly(Change.REMOVED, Change.REMOVED);
        assertThat(TextDiff.lines(null, null)).isEmpty();
        assertThat(TextDiff.lines("a\r\nb\r\n", "a\nb"))
                .extracting(Line::change)
                .containsOnly(Change.SAME);
        assertThat(TextDiff.lines("a\rb", "a\nb\n")).extracting(Line::change).containsOnly(Change.SAME);
        assertThat(TextDiff.lines("a\n\nb", "a\nb"))
                .extracting(Line::change, Line::text)
                .containsExactly(tuple(Change.SAME, "a"), tuple(Change.REMOVED, ""), tuple(Change.SAME, "b"));
    }

    @Test
    void theChangedWordsOfAnEditedLineAreMarkedOnBothSides() {
        List<Line> lines = TextDiff.lines(
                "The threat level is substantial at the arena.", "The threat level is severe at the arena!");

        assertThat(lines.get(0).segments())
                .containsExactly(
                        new Segment("The threat level is ", false),
                        new Segment("substantial", true),
                        new Segment(" at the arena", false),
                        new Segment(".", true));
        assertThat(lines.get(1).segments())
                .containsExactly(
                        new Segment("The threat level is ", false),
                        new Segment("severe", true),
                        new Segment(" at the arena", false),
                        new Segment("!", true));
    }

    @Test
    void wordsAreNotSplitInsideAccentedLettersOrDigits() {
        List<Line> lines = TextDiff.lines("Niveau élevé depuis 2024", "Niveau très élevé depuis 2025");

        assertThat(lines.get(1).segments())
                .containsExactly(
                        new Segment("Niveau ", false),
                        new Segment("très ", true),
                        new Segment("élevé depuis ", false),
                        new Segment("2025", true));
    }

    @Test
    void aLineWithoutACounterpartIsOneUnmarkedStretch() {
        List<Line> lines = TextDiff.lines("alpha", "alpha beta\ngamma\n\n");

        assertThat(lines.get(1).segments()).containsExactly(new Segment("alpha", false), new Segment(" beta", true));
        assertThat(lines.get(2).segments()).containsExactly(new Segment("gamma", false));
        assertThat(lines.get(3).text()).isEmpty();
        assertThat(lines.get(3).segments()).isEmpty();
        assertThat(TextDiff.lines("same", "same").get(0).segments()).containsExactly(new Segment("same", false));
    }

    @Test
    void theCompactFormKeepsTwoLinesOfContextAndMarksWhatItLeavesOut() {
        String before = numbered(1, 20);
        String after = before.replace("line 10\n", "line ten\n");

        assertThat(TextDiff.compact(before, after))
                .extracting(Line::change, Line::text, Line::oldNumber, Line::newNumber)
                .containsExactly(
                        tuple(Change.SKIPPED, "…", 1, 1),
                        tuple(Change.SAME, "line 8", 8, 8),
                        tuple(Change.SAME, "line 9", 9, 9),
                        tuple(Change.REMOVED, "line 10", 10, 0),
                        tuple(Change.ADDED, "line ten", 0, 10),
                        tuple(Change.SAME, "line 11", 11, 11),
                        tuple(Change.SAME, "line 12", 12, 12),
                        tuple(Change.SKIPPED, "…", 13, 13));
    }

    @Test
    void changesWhoseContextsMeetShareOneStretchAndFartherOnesAreSeparated() {
        String before = numbered(1, 30);
        String close = before.replace("line 5\n", "five\n").replace("line 10\n", "ten\n");
        String apart = before.replace("line 5\n", "five\n").replace("line 11\n", "eleven\n");

        assertThat(TextDiff.compact(before, close))
                .extracting(Line::text)
                .containsExactly(
                        "…", "line 3", "line 4", "line 5", "five", "line 6", "line 7", "line 8", "line 9", "line 10",
                        "ten", "line 11", "line 12", "…");
        assertThat(TextDiff.compact(before, apart))
                .extracting(Line::text)
                .containsExactly(
                        "…", "line 3", "line 4", "line 5", "five", "line 6", "line 7", "…", "line 9", "line 10",
                        "line 11", "eleven", "line 12", "line 13", "…");
    }

    @Test
    void aChangeAtEitherEndHasNoSeparatorOnThatSide() {
        String before = numbered(1, 6);

        assertThat(TextDiff.compact(before, "first\n" + numbered(2, 6)))
                .extracting(Line::text)
                .containsExactly("line 1", "first", "line 2", "line 3", "…");
        assertThat(TextDiff.compact(before, numbered(1, 5)))
                .extracting(Line::text)
                .containsExactly("…", "line 4", "line 5", "line 6");
        assertThat(TextDiff.compact(TextDiff.lines(before, numbered(1, 5)), 0))
                .extracting(Line::text)
                .containsExactly("…", "line 6");
        assertThatIllegalArgumentException().isThrownBy(() -> TextDiff.compact(List.of(), -1));
    }

    @Test
    void theDiffRebuildsBothTextsAndIsAShortestOne() {
        Random random = new Random(42);
        for (int round = 0; round < 500; round++) {
            List<String> before = randomLines(random);
            List<String> after = randomLines(random);

            List<Line> lines = TextDiff.lines(String.join("\n", before), String.join("\n", after));

            assertThat(textOf(lines, Change.REMOVED))
                    .as("old text, round %d", round)
                    .isEqualTo(before);
            assertThat(textOf(lines, Change.ADDED))
                    .as("new text, round %d", round)
                    .isEqualTo(after);
            assertThat(lines.stream()
                            .filter(line -> line.change() == Change.SAME)
                            .count())
                    .as("unchanged lines are a longest common subsequence, round %d", round)
                    .isEqualTo(longestCommonSubsequence(before, after));
            for (Line line : lines) {
                assertThat(line.segments().stream().map(Segment::text).collect(Collectors.joining()))
                        .isEqualTo(line.text());
            }
        }
    }

    @Test
    void aCompleteRewriteBeyondTheEditLimitIsStillACorrectDiff() {
        List<String> before = IntStream.range(0, 2 * TextDiff.MAX_EDITS)
                .mapToObj(i -> "old " + i)
                .toList();
        List<String> after = IntStream.range(0, 2 * TextDiff.MAX_EDITS)
                .mapToObj(i -> i % 2 == 0 ? "old " + i : "new " + i)
                .toList();

        List<Line> lines = TextDiff.lines(String.join("\n", before), String.join("\n", after));

        assertThat(textOf(lines, Change.REMOVED)).isEqualTo(before);
        assertThat(textOf(lines, Change.ADDED)).isEqualTo(after);
        assertThat(lines.stream().filter(line -> line.change() == Change.SAME))
                .as("only the common first line is kept; the rest is removed and added whole")
                .hasSize(1);
    }

    @Test
    void aLongTextWithAFewChangesIsDiffedQuickly() {
        String before = numbered(1, 20_000);
        String after = before.replace("line 3000\n", "changed\n").replace("line 15000\n", "");

        List<Line> lines =
                Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10), () -> TextDiff.lines(before, after));

        assertThat(lines.stream().filter(Line::changed)).hasSize(3);
    }

    private static String numbered(int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i <= to; i++) {
            text.append("line ").append(i).append('\n');
        }
        return text.toString();
    }

    private static List<String> randomLines(Random random) {
        List<String> lines = new ArrayList<>();
        int size = random.nextInt(12);
        for (int i = 0; i < size; i++) {
            lines.add(String.valueOf((char) ('a' + random.nextInt(4))));
        }
        return lines;
    }

    private static List<String> textOf(List<Line> lines, Change side) {
        return lines.stream()
                .filter(line -> line.change() == Change.SAME || line.change() == side)
                .map(Line::text)
                .toList();
    }

    private static int longestCommonSubsequence(List<String> a, List<String> b) {
        int[][] lengths = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lengths[i][j] = a.get(i).equals(b.get(j))
                        ? lengths[i + 1][j + 1] + 1
                        : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
            }
        }
        return lengths[0][0];
    }
}
