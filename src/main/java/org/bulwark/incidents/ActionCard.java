package org.bulwark.incidents;

import java.util.Collection;
import java.util.Locale;

/**
 * The action cards an alert to affected sites is written from: what the people at a site are to do now. Each card's
 * title and text are in the message bundles ({@code alerts.card.<name>.title} and {@code .text}, the incident's place
 * as {0}); the coordinator edits them before sending.
 */
public enum ActionCard {
    /** Armed attack: run if you can, hide if you cannot, tell the police. */
    RUN_HIDE_TELL,
    /** A threat outside: bring people in and keep them inside. */
    INVACUATE,
    /** Secure the site: nobody in or out. */
    LOCKDOWN,
    /** A suspect item or device: leave by routes away from it. */
    EVACUATE,
    /** Keep people away from the area. */
    AVOID_AREA;

    public String titleKey() {
        return "alerts.card." + name().toLowerCase(Locale.ROOT) + ".title";
    }

    public String textKey() {
        return "alerts.card." + name().toLowerCase(Locale.ROOT) + ".text";
    }

    /**
     * The card that fits an incident of this type with zones of these kinds: the innermost zone decides how close
     * the danger is. A coordinator may always choose another.
     *
     * @param type an attack-method code of the risk catalogue, or {@link Incidents#OTHER}
     */
    public static ActionCard suggested(String type, Collection<ZoneKind> kinds) {
        boolean close = kinds.contains(ZoneKind.CORDON) || kinds.contains(ZoneKind.INNER);
        if (!close && !kinds.contains(ZoneKind.OUTER)) {
            return AVOID_AREA;
        }
        return switch (type) {
            case "MARAUDING_FIREARMS", "MARAUDING_BLADED" -> close ? RUN_HIDE_TELL : LOCKDOWN;
            case "PBIED", "VBIED", "UNATTENDED_IED", "FIRE" -> close ? EVACUATE : INVACUATE;
            case "CBR", "DRONE", "VEHICLE_AS_WEAPON" -> INVACUATE;
            default -> LOCKDOWN;
        };
    }
}
