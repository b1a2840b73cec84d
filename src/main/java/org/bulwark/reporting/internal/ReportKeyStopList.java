package org.bulwark.reporting.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.util.Assert;

/**
 * Keys that identify no one and must never link reports: the entries of the stop-list table, normalised like the
 * keys they are compared with, and values that are one character repeated (a plate {@code XXXX}, a number ending in
 * six zeros, a handle without a letter or digit), which witnesses type when they could not read the real one.
 */
public final class ReportKeyStopList {

    private final Set<ReportKey> stopped = new HashSet<>();

    /**
     * @param entries the stop-list as stored: a handle entry is a name alone and stands for it on every platform
     * @param keys the normalisers the compared keys came from
     */
    public ReportKeyStopList(Collection<Entry> entries, ReportKeys keys) {
        Assert.notNull(entries, "entries must not be null");
        Assert.notNull(keys, "keys must not be null");
        for (Entry entry : entries) {
            Optional<ReportKey> key = switch (entry.kind()) {
                case PLATE -> keys.plate(entry.value());
                case PHONE -> keys.phone(entry.value());
                case HANDLE ->
                    keys.handle("", entry.value())
                            .map(handle -> new ReportKey(ReportKeyKind.HANDLE, ReportKeys.nameOf(handle)));
            };
            key.ifPresent(stopped::add);
        }
    }

    /** Whether the key must link nothing. */
    public boolean stops(ReportKey key) {
        return switch (key.kind()) {
            case PLATE -> stopped.contains(key) || oneCharacter(key.value());
            case PHONE -> stopped.contains(key) || endsInSixOfOneDigit(key.value());
            case HANDLE -> {
                String name = ReportKeys.nameOf(key);
                yield stopped.contains(new ReportKey(ReportKeyKind.HANDLE, name))
                        || name.codePoints().noneMatch(Character::isLetterOrDigit);
            }
        };
    }

    private static boolean oneCharacter(String value) {
        return value.chars().distinct().count() == 1;
    }

    private static boolean endsInSixOfOneDigit(String value) {
        String digits = value.replace("+", "");
        return digits.length() >= 6 && oneCharacter(digits.substring(digits.length() - 6));
    }

    /**
     * An entry of the stop-list table.
     *
     * @param kind must not be null
     * @param value as typed into the table
     */
    public record Entry(ReportKeyKind kind, String value) {

        public Entry {
            Assert.notNull(kind, "kind must not be null");
            Assert.notNull(value, "value must not be null");
        }
    }
}
