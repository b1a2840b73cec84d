package org.bulwark.incidents.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import org.bulwark.geo.GeoJson;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.incidents.ActiveZone;
import org.bulwark.incidents.IncidentZone;
import org.bulwark.incidents.Incidents;
import org.bulwark.incidents.internal.ZoneFeatures;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The zone feed for mobility and transport platforms: the zones that apply now, as a GeoJSON FeatureCollection, so
 * that ride-hailing and transport operators stop routing people into them within seconds of a decision. Each Feature
 * carries only what routing needs — the geometry, the zone's kind and validity, the incident it belongs to as an
 * opaque id, and its version — and never the incident's type, place or anyone's name: a partner keeping cars out of
 * an area has no use for them, and they may not travel further than the network.
 *
 * <p>Partners poll it: the answer carries a weak {@code ETag} over the zones listed (id, version, kind, validity), and
 * a request whose {@code If-None-Match} still matches gets 304 without a body.
 */
@RestController
@Tag(name = "Zone feed", description = "The zones that apply now, in GeoJSON, for routing around them")
class ZoneFeedApi {

    static final MediaType GEO_JSON = MediaType.parseMediaType(GeoJson.MEDIA_TYPE);

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Incidents incidents;

    ZoneFeedApi(Incidents incidents) {
        this.incidents = incidents;
    }

    @GetMapping("/api/v1/zones/active")
    @Operation(
            summary = "The zones that apply now, as a GeoJSON FeatureCollection",
            description = "Zones of incidents that are not closed, valid from now or earlier and until later or"
                    + " open-ended. Each Feature's id is the zone id; properties: incident, kind (CORDON, INNER,"
                    + " OUTER, AVOID), validFrom, validUntil (null when open-ended), version, shape (circle or"
                    + " polygon), and for circles centre ([longitude, latitude]) and radiusMetres. A circle's"
                    + " geometry is a Polygon drawn just outside it, since GeoJSON has no circle. Poll with"
                    + " If-None-Match and the last ETag: 304 while nothing changed. Partner systems (integration"
                    + " role), coordinators, analysts and advisors.",
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "The active zones",
                        content = @Content(mediaType = GeoJson.MEDIA_TYPE)),
                @ApiResponse(responseCode = "304", description = "Nothing changed since the ETag sent"),
                @ApiResponse(responseCode = "403", description = "The role may not read the feed")
            })
    ResponseEntity<ObjectNode> active(
            @AuthenticationPrincipal BulwarkUser user,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) @Nullable List<String> ifNoneMatch) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<ActiveZone> zones = incidents.activeZones(now, user);
        String etag = etag(zones);
        if (matches(ifNoneMatch, etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                    .eTag(etag)
                    .cacheControl(CacheControl.noCache())
                    .build();
        }
        return ResponseEntity.ok()
                .eTag(etag)
                .cacheControl(CacheControl.noCache())
                .contentType(GEO_JSON)
                .body(featureCollection(now, zones));
    }

    static ObjectNode featureCollection(Instant generatedAt, List<ActiveZone> zones) {
        ObjectNode collection = NODES.objectNode();
        collection.put("type", "FeatureCollection");
        collection.put("generatedAt", generatedAt.toString());
        ArrayNode features = collection.putArray("features");
        zones.forEach(zone -> features.add(ZoneFeatures.feature(zone.incident(), zone.zone())));
        return collection;
    }

    /**
     * Weak, since {@code generatedAt} differs between two answers with the same zones. The zones' versions rise on
     * every redraw, and the set changes as zones start, expire or their incident closes.
     */
    static String etag(List<ActiveZone> zones) {
        StringBuilder listed = new StringBuilder();
        for (ActiveZone active : zones) {
            IncidentZone zone = active.zone();
            listed.append(active.incident())
                    .append(' ')
                    .append(zone.id())
                    .append(' ')
                    .append(zone.version())
                    .append(' ')
                    .append(zone.kind())
                    .append(' ')
                    .append(zone.validFrom())
                    .append(' ')
                    .append(zone.validUntil())
                    .append('\n');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(listed.toString().getBytes(StandardCharsets.UTF_8));
            return "W/\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static boolean matches(@Nullable List<String> ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String opaque = etag.substring(2);
        for (String header : ifNoneMatch) {
            for (String candidate : header.split(",")) {
                String tag = candidate.strip();
                if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(opaque)) {
                    return true;
                }
            }
        }
        return false;
    }
}
