package org.bulwark.sharing.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The words of a text as the search index keeps them: lower case, accents removed, split at anything that is not a
 * letter or digit. The same folding applies to what people type, so "Hôtel" finds "hotel".
 */
final class SearchTerms {

    static final int LONGEST = 60;
    static final int MOST_PER_TEXT = 2000;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchTerms() {}

    /** The distinct terms of a text, at most {@value #MOST_PER_TEXT}, in order of first appearance. */
    static Set<String> of(String text) {
        Set<String> terms = new LinkedHashSet<>();
        for (String word : split(text)) {
            if (word.length() >= 2) {
                terms.add(word);
                if (terms.size() == MOST_PER_TEXT) {
                    break;
                }
            }
        }
        return terms;
    }

    /** The words of a query, in order, including one-letter ones (the last word may be the start of a longer one). */
    static List<String> query(String text) {
        List<String> words = new ArrayList<>();
        for (String word : split(text)) {
            if (!words.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    private static List<String> split(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String word : SEPARATORS.split(folded)) {
            if (!word.isEmpty()) {
                words.add(word.length() > LONGEST ? word.substring(0, LONGEST) : word);
            }
        }
        return words;
    }

    /**
     * The smallest string of digits and Latin letters greater than every term that starts with this prefix, so that
     * a prefix search is a range scan of the index; null when the prefix holds other characters (whose order
     * depends on the database's collation) or is all z's, and the caller must use LIKE or no upper bound instead.
     * Digits and letters sort the same way in every collation, before one another in this order: 0-9, then a-z.
     */
    static @Nullable String after(String prefix) {
        if (!prefix.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z'))) {
            return null;
        }
        StringBuilder next = new StringBuilder(prefix);
        for (int i = next.length() - 1; i >= 0; i--) {
            char c = next.charAt(i);
            if (c == 'z') {
                next.setLength(i);
                continue;
            }
            next.setCharAt(i, c == '9' ? 'a' : (char) (c + 1));
            return next.toString();
        }
        return null;
    }
}
