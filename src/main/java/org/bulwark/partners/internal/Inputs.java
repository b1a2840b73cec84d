package org.bulwark.partners.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Normalises and checks free-text input the same way for pages, the API and other modules. */
final class Inputs {

    // Deliberately lenient: the address must have one @, a local part and a domain with a dot.
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()./-]+$");

    private Inputs() {}

    /** Trimmed text, or null when blank. */
    static @Nullable String clean(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip().replaceAll("\\s+", " ");
        return trimmed.isEmpty() ? null : trimmed;
    }

    static String key(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    static boolean isEmail(String email) {
        return email.length() <= 200 && EMAIL.matcher(email).matches();
    }

    static boolean isPhone(String phone) {
        long digits = phone.chars().filter(Character::isDigit).count();
        return phone.length() <= 40
                && digits >= 5
                && digits <= 17
                && PHONE.matcher(phone).matches();
    }

    static boolean isWebsite(String website) {
        if (website.length() > 300) {
            return false;
        }
        try {
            URI uri = new URI(website);
            String scheme = uri.getScheme();
            return scheme != null
                    && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null
                    && uri.getHost().contains(".");
        } catch (URISyntaxException ex) {
            return false;
        }
    }
}
