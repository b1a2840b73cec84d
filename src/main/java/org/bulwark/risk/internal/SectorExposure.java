package org.bulwark.risk.internal;

import java.util.Map;

/**
 * How exposed a sector is to an attack method compared with crowded places in general: +1 more exposed, -1 less,
 * 0 otherwise. The table is documented in {@code docs/RISK-SCORING.md}; sectors and methods it does not name are 0.
 */
public final class SectorExposure {

    private static final Map<String, Map<String, Integer>> TABLE = Map.ofEntries(
            Map.entry("stadia-arenas", Map.of("VEHICLE_AS_WEAPON", 1, "PBIED", 1, "DRONE", 1)),
            Map.entry(
                    "night-time-economy",
                    Map.of("VEHICLE_AS_WEAPON", 1, "MARAUDING_BLADED", 1, "FIRE", 1, "DRONE", -1)),
            Map.entry("cinemas-theatres", Map.of("MARAUDING_FIREARMS", 1, "FIRE", 1, "VEHICLE_AS_WEAPON", -1)),
            Map.entry("retail", Map.of("MARAUDING_BLADED", 1, "UNATTENDED_IED", 1, "DRONE", -1)),
            Map.entry("health", Map.of("MARAUDING_BLADED", 1, "VBIED", -1, "DRONE", -1)),
            Map.entry(
                    "education",
                    Map.of("MARAUDING_FIREARMS", 1, "MARAUDING_BLADED", 1, "VBIED", -1, "DRONE", -1, "CBR", -1)),
            Map.entry("places-of-worship", Map.of("MARAUDING_FIREARMS", 1, "FIRE", 1, "HOSTILE_RECON", 1)),
            Map.entry("hotels-restaurants", Map.of("MARAUDING_FIREARMS", 1, "VBIED", 1)),
            Map.entry("major-events", Map.of("VEHICLE_AS_WEAPON", 1, "PBIED", 1, "DRONE", 1, "HOSTILE_RECON", 1)),
            Map.entry("visitor-attractions", Map.of("VEHICLE_AS_WEAPON", 1, "HOSTILE_RECON", 1)),
            Map.entry("commercial-centres", Map.of("VBIED", 1, "UNATTENDED_IED", 1)),
            Map.entry("transport", Map.of("PBIED", 1, "UNATTENDED_IED", 1, "CBR", 1)));

    private SectorExposure() {}

    /** -1, 0 or +1. */
    public static int of(String sectorCode, String methodCode) {
        return TABLE.getOrDefault(sectorCode, Map.of()).getOrDefault(methodCode, 0);
    }
}
