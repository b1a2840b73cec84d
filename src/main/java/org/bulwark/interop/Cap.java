package org.bulwark.interop;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

/** The constants and code lists of the OASIS Common Alerting Protocol 1.2. */
public final class Cap {

    /** The XML namespace of CAP 1.2 messages. */
    public static final String NAMESPACE = "urn:oasis:names:tc:emergency:cap:1.2";

    /** The media type of a CAP message. */
    public static final String MEDIA_TYPE = "application/cap+xml";

    // CAP's dateTime allows no fractional seconds and wants the offset written out, never "Z"
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx", Locale.ROOT).withZone(ZoneOffset.UTC);

    private Cap() {}

    /**
     * A moment as CAP writes it, in UTC to the second: {@code 2026-11-28T14:05:00+00:00}.
     *
     * @param moment must not be null
     */
    public static String dateTime(Instant moment) {
        Assert.notNull(moment, "moment must not be null");
        return DATE_TIME.format(moment);
    }

    /** A value of one of CAP's code lists, written as the standard spells it. */
    public interface Code {
        String value();
    }

    /** The code with this spelling, ignoring case and underscores; null when there is none. */
    public static <T extends Enum<T> & Code> @Nullable T code(Class<T> type, @Nullable String text) {
        if (text == null) {
            return null;
        }
        String wanted = text.strip().replace("_", "");
        for (T candidate : type.getEnumConstants()) {
            if (candidate.value().equalsIgnoreCase(wanted)) {
                return candidate;
            }
        }
        return null;
    }

    /** The spellings of a code list, comma-separated, to tell a caller what to choose from. */
    public static <T extends Enum<T> & Code> String choices(Class<T> type) {
        return Arrays.stream(type.getEnumConstants()).map(Code::value).collect(Collectors.joining(", "));
    }

    /** The code denoting the appropriate handling of the message. */
    public enum Status implements Code {
        ACTUAL("Actual"),
        EXERCISE("Exercise");

        private final String value;

        Status(String value) {
            this.value = value;
        }

        @Override
        public String value() {
            return value;
        }
    }

    /** The nature of a message: a first alert, an update or a cancellation of earlier ones. */
    public enum MsgType implements Code {
        ALERT("Alert"),
        UPDATE("Update"),
        CANCEL("Cancel");

        private final String value;

        MsgType(String value) {
            this.value = value;
        }

        @Override
        public String value() {
            return value;
        }
    }

    /** Who a message is meant for: the public, or the users named in its restriction. */
    public enum Scope implements Code {
        PUBLIC("Public"),
        RESTRICTED("Restricted");

        private final String value;

        Scope(String value) {
            this.value = value;
        }

        @Override
        public String value() {
            return value;
        }
    }

    /** The category of the subject event. */
    public enum Category implements Code {
        GEO("Geo"),
        MET("Met"),
        SAFETY("Safety"),
        SECURITY("Security"),
        RESCUE("Rescue"),
        FIRE("Fire"),
        HEALTH("Health"),
        ENV("Env"),
        TRANSPORT("Transport"),
        INFRA("Infra"),
        CBRNE("CBRNE"),
        OTHER("Other");

        private final String value;

        Category(String value) {
            this.value = value;
        }

        @Override
        public String value() {
            return value;
        }
    }

    /** How soon responsive action should be taken. */
    public enum Urgency implements Code {
        IMMEDIATE("Immediate"),
        EXPECTED("Expected"),
        FUTURE("Future"),
        PAST("Past"),
        UNKNOWN("Unknown");

        private final String value;

        Urgency(String value) {
            this.value = value;
        }

        @Override
        public String value() {
            return value;
        }
    }

    /** How bad the threat to life or property is. */
    public enum Severity implements Code {
        EXTREME("Extreme"),
        SEVERE("Severe"),
        MODERATE("Moderate"),
        MINOR("Minor"),
        UNKNOWN("Unknown");

        private final String value;

        Severity(String value) {
            this.value = value;
        }

        @Override
        public String value() {
            return value;
        }
    }

    /** How sure the sender is of the subject event. */
    public enum Certainty implements Code {
        OBSERVED("Observed"),
        LIKELY("Likely"),
        POSSIBLE("Possible"),
        UNLIKELY("Unlikely"),
        UNKNOWN("Unknown");

        private final String value;

        Certainty(String value) {
            this.value = value;
        }

        @Override
        public String value() {
            return value;
        }
    }
}
