package org.bulwark.reporting.internal;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

/**
 * Turns what a person typed into keys that compare equal when they name the same plate, number or account.
 *
 * <ul>
 *   <li>Plate: upper case, every character that is not a letter or digit dropped (spaces, hyphens, dots), and the
 *       two confusions witnesses make most, letter O for zero and letter I for one, read as the digits; so {@code
 *       "ab-12 ocd"} and {@code "AB12 0CD"} are both {@code AB120CD}. Between 2 and 15 characters.
 *   <li>Phone: digits only. A leading {@code +} is kept and {@code 00} becomes {@code +}; a single leading {@code 0}
 *       is the national trunk prefix and becomes {@code +} and the default country code; any other number (a short
 *       code such as 999) is kept as its digits. So {@code "07700 900123"}, {@code "+44 7700 900123"} and {@code
 *       "0044-7700-900123"} are all {@code +447700900123}. Between 3 and 17 digits.
 *   <li>Handle: {@code platform:name}, both lower case; the platform keeps letters and digits only, the name loses
 *       its leading {@code @} signs and any whitespace. A handle of no known platform has an empty platform part and
 *       only matches other handles of no known platform.
 * </ul>
 *
 * A value that is too short or too long after normalisation gives no key.
 */
public final class ReportKeys {

    private final String countryCode;

    /**
     * @param countryCode the country calling code a number with the national trunk prefix belongs to, digits only,
     *     such as {@code 44}
     */
    public ReportKeys(String countryCode) {
        Assert.isTrue(
                countryCode != null && countryCode.matches("[1-9][0-9]{0,2}"),
                "the country code must be one to three digits, such as 44");
        this.countryCode = countryCode;
    }

    /** The key of a vehicle plate, or empty when nothing of it is left. */
    public Optional<ReportKey> plate(@Nullable String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        StringBuilder key = new StringBuilder();
        raw.toUpperCase(Locale.ROOT)
                .codePoints()
                .filter(Character::isLetterOrDigit)
                .forEach(c -> {
                    if (c == 'O') {
                        key.append('0');
                    } else if (c == 'I') {
                        key.append('1');
                    } else {
                        key.appendCodePoint(c);
                    }
                });
        return key.length() >= 2 && key.length() <= 15
                ? Optional.of(new ReportKey(ReportKeyKind.PLATE, key.toString()))
                : Optional.empty();
    }

    /** The key of a phone number, or empty when it has too few or too many digits. */
    public Optional<ReportKey> phone(@Nullable String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String trimmed = raw.strip();
        String digits = trimmed.replaceAll("[^0-9]", "");
        String key;
        if (trimmed.startsWith("+")) {
            key = "+" + digits;
        } else if (digits.startsWith("00")) {
            key = "+" + digits.substring(2);
        } else if (digits.startsWith("0") && digits.length() > 1) {
            key = "+" + countryCode + digits.substring(1);
        } else {
            key = digits;
        }
        int length = key.replace("+", "").length();
        return length >= 3 && length <= 17 && !key.startsWith("+0")
                ? Optional.of(new ReportKey(ReportKeyKind.PHONE, key))
                : Optional.empty();
    }

    /** The key of an online handle on a platform, or empty when the name is empty or too long. */
    public Optional<ReportKey> handle(@Nullable String platform, @Nullable String raw) {
        String name = raw == null ? "" : raw.strip().replaceFirst("^@+", "");
        name = name.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        String key = platformOf(platform) + ":" + name;
        return key.length() <= 200 ? Optional.of(new ReportKey(ReportKeyKind.HANDLE, key)) : Optional.empty();
    }

    /** The name part of a handle key, which the stop-list compares. */
    static String nameOf(ReportKey handle) {
        return handle.value().substring(handle.value().indexOf(':') + 1);
    }

    private static String platformOf(@Nullable String platform) {
        if (platform == null) {
            return "";
        }
        StringBuilder key = new StringBuilder();
        platform.toLowerCase(Locale.ROOT)
                .codePoints()
                .filter(Character::isLetterOrDigit)
                .forEach(key::appendCodePoint);
        return key.length() > 40 ? key.substring(0, 40) : key.toString();
    }
}
