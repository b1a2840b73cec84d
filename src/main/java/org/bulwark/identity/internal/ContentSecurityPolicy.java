package org.bulwark.identity.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Content-Security-Policy of every page: scripts, styles and everything else only from Bulwark itself, except
 * map tiles, which may come from the origin of the configured tile URL.
 */
final class ContentSecurityPolicy {

    private static final Logger LOG = LoggerFactory.getLogger(ContentSecurityPolicy.class);

    private static final Pattern ORIGIN = Pattern.compile("^(https?)://([^/?#]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}");
    private static final Pattern HOST_SOURCE =
            Pattern.compile("(\\*\\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:[0-9]{1,5})?");

    private ContentSecurityPolicy() {}

    static String forTileUrl(@Nullable String tileUrl) {
        String tileOrigin = tileOrigin(tileUrl);
        return "default-src 'self'; script-src 'self'; style-src 'self'; "
                + "img-src 'self' data: blob:" + (tileOrigin == null ? "" : " " + tileOrigin) + "; "
                + "font-src 'self'; connect-src 'self'; object-src 'none'; "
                + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    /**
     * The origin of a tile URL as a CSP source, such as {@code https://*.tile.example.org} for
     * {@code https://{s}.tile.example.org/{z}/{x}/{y}.png}: a placeholder in the first label of the host (the usual
     * sub-domain rotation) becomes a wildcard. Null when the URL is empty or cannot be expressed as a source.
     */
    static @Nullable String tileOrigin(@Nullable String tileUrl) {
        if (tileUrl == null || tileUrl.isBlank()) {
            return null;
        }
        Matcher matcher = ORIGIN.matcher(tileUrl.trim());
        if (!matcher.find()) {
            LOG.warn(
                    "bulwark.sites.map.tile-url '{}' is not an http(s) URL; map tiles will be blocked by the "
                            + "Content-Security-Policy",
                    tileUrl);
            return null;
        }
        String scheme = matcher.group(1).toLowerCase(Locale.ROOT);
        String host = matcher.group(2).toLowerCase(Locale.ROOT);
        if (host.contains("@")) {
            host = host.substring(host.lastIndexOf('@') + 1);
        }
        int firstDot = host.indexOf('.');
        if (firstDot > 0 && PLACEHOLDER.matcher(host.substring(0, firstDot)).find()) {
            host = "*" + host.substring(firstDot);
        }
        if (!HOST_SOURCE.matcher(host).matches()) {
            LOG.warn(
                    "The host of bulwark.sites.map.tile-url '{}' cannot be allowed by the Content-Security-Policy "
                            + "(placeholders are only possible in the first part of the host name); map tiles "
                            + "will be blocked",
                    tileUrl);
            return null;
        }
        return scheme + "://" + host;
    }
}
