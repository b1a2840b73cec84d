package org.bulwark.reporting.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Receipt codes of public reports: 80 random bits written as four groups of four characters of Crockford's base 32
 * (no I, L, O or U, so that a code read out or copied by hand survives), such as {@code 7KQD-9XMA-3PZT-W2HB}. Only
 * the SHA-256 of the normalised code is stored: 80 bits make guessing hopeless, so no salt or slow hash is needed.
 */
final class ReceiptCodes {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReceiptCodes() {}

    static String next() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    /**
     * The code as typed, upper case without separators, with the letters people confuse read as digits; null when
     * it cannot be a code.
     */
    static @Nullable String normalise(@Nullable String typed) {
        if (typed == null) {
            return null;
        }
        StringBuilder code = new StringBuilder();
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '-' || c == ' ') {
                continue;
            }
            char read = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (new String(ALPHABET).indexOf(read) < 0) {
                return null;
            }
            code.append(read);
        }
        return code.length() == LENGTH ? code.toString() : null;
    }

    static String hash(String normalised) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(normalised.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
