package org.bulwark.reporting.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;

/**
 * Reads an instant as partner systems send it, {@code 2026-11-28T17:36:30.245Z}, without the general date-time
 * parser, which costs a busy intake more than the rest of reading the report; any other form goes to Jackson's own
 * reader, which accepts it or explains the error as everywhere else.
 */
final class UtcInstants extends ValueDeserializer<Instant> {

    // "yyyy-MM-ddTHH:mm:ss" and the Z
    private static final int SHORTEST = 20;
    // with nanoseconds
    private static final int LONGEST = 30;

    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context) {
        if (parser.hasToken(JsonToken.VALUE_STRING)) {
            Instant read = utc(parser.getString());
            if (read != null) {
                return read;
            }
        }
        return InstantDeserializer.INSTANT.deserialize(parser, context);
    }

    /** The instant, or null when the text is not of the one form read here. */
    static @Nullable Instant utc(String text) {
        int length = text.length();
        if (length < SHORTEST || length > LONGEST || text.charAt(length - 1) != 'Z') {
            return null;
        }
        if (text.charAt(4) != '-'
                || text.charAt(7) != '-'
                || text.charAt(10) != 'T'
                || text.charAt(13) != ':'
                || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        int nanos = 0;
        if (length > SHORTEST) {
            // a fraction of 1 to 9 digits
            if (text.charAt(19) != '.' || length == SHORTEST + 1) {
                return null;
            }
            int fraction = digits(text, 20, length - 1);
            if (fraction < 0) {
                return null;
            }
            nanos = fraction;
            for (int i = length - 1 - 20; i < 9; i++) {
                nanos *= 10;
            }
        } else if (text.charAt(19) != 'Z') {
            return null;
        }
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second, nanos)
                    .toInstant(ZoneOffset.UTC);
        } catch (DateTimeException outOfRange) {
            return null;
        }
    }

    /** The number the digits between these positions spell, or -1 if any is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
