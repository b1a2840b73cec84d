package org.bulwark.incidents.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Signs and checks the tokens of status links: the incident, the site, who the link is for, when it expires and a
 * random nonce, followed by their HMAC-SHA256 under the server's secret, in URL-safe base64 without padding.
 */
@Component
class StatusLinkTokens {

    private static final Logger log = LoggerFactory.getLogger(StatusLinkTokens.class);
    private static final byte VERSION = 1;
    private static final int NONCE_BYTES = 16;
    private static final int MAC_BYTES = 32;
    private static final int PAYLOAD_BYTES = 1 + 16 + 16 + 16 + 1 + 8 + NONCE_BYTES;

    /**
     * Who a link was made for: a person's account, a secondary contact e-mailed by an escalation, or the operators of
     * the organisation of the site, who share it. New kinds go at the end: a token carries the ordinal.
     */
    enum Holder {
        ACCOUNT,
        CONTACT,
        ORGANISATION
    }

    /**
     * What a valid token says.
     *
     * @param holder the account, the escalation e-mail or the organisation the link was made for
     * @param nonce URL-safe base64, unique to the link
     */
    record Claims(UUID incident, UUID site, Holder kind, UUID holder, Instant expiresAt, String nonce) {}

    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec key;

    StatusLinkTokens(RollCallSettings settings) {
        byte[] secret;
        if (settings.statusLinkSecret().isEmpty()) {
            secret = new byte[32];
            random.nextBytes(secret);
            log.warn("No status-link secret is configured (BULWARK_STATUS_LINK_SECRET): generated one for this run."
                    + " Status links sent now stop working when the application restarts and are refused by other"
                    + " nodes; set the secret in production.");
        } else {
            secret = settings.statusLinkSecret().getBytes(StandardCharsets.UTF_8);
        }
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    String sign(UUID incident, UUID site, Holder kind, UUID holder, Instant expiresAt) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        ByteBuffer payload = ByteBuffer.allocate(PAYLOAD_BYTES + MAC_BYTES)
                .put(VERSION)
                .putLong(incident.getMostSignificantBits())
                .putLong(incident.getLeastSignificantBits())
                .putLong(site.getMostSignificantBits())
                .putLong(site.getLeastSignificantBits())
                .putLong(holder.getMostSignificantBits())
                .putLong(holder.getLeastSignificantBits())
                .put((byte) kind.ordinal())
                .putLong(expiresAt.getEpochSecond())
                .put(nonce);
        payload.put(mac(payload.array(), PAYLOAD_BYTES));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(payload.array());
    }

    /**
     * The claims of a token this server signed, whether expired or not.
     *
     * @throws IllegalArgumentException when it is not one, or was altered
     */
    Claims read(String token) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(token == null ? "" : token.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a status link");
        }
        if (bytes.length != PAYLOAD_BYTES + MAC_BYTES || bytes[0] != VERSION) {
            throw new IllegalArgumentException("not a status link");
        }
        byte[] given = new byte[MAC_BYTES];
        System.arraycopy(bytes, PAYLOAD_BYTES, given, 0, MAC_BYTES);
        if (!MessageDigest.isEqual(given, mac(bytes, PAYLOAD_BYTES))) {
            throw new IllegalArgumentException("the status link's signature does not match");
        }
        ByteBuffer payload = ByteBuffer.wrap(bytes, 1, PAYLOAD_BYTES - 1);
        UUID incident = new UUID(payload.getLong(), payload.getLong());
        UUID site = new UUID(payload.getLong(), payload.getLong());
        UUID holder = new UUID(payload.getLong(), payload.getLong());
        int kind = payload.get();
        if (kind < 0 || kind >= Holder.values().length) {
            throw new IllegalArgumentException("not a status link");
        }
        Instant expiresAt = Instant.ofEpochSecond(payload.getLong());
        byte[] nonce = new byte[NONCE_BYTES];
        payload.get(nonce);
        return new Claims(
                incident,
                site,
                Holder.values()[kind],
                holder,
                expiresAt,
                Base64.getUrlEncoder().withoutPadding().encodeToString(nonce));
    }

    private byte[] mac(byte[] data, int length) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(data, 0, length);
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
