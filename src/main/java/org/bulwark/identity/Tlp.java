package org.bulwark.identity;

import java.util.Locale;

/**
 * The Traffic Light Protocol 2.0 markings, in order of increasing restriction. A marking says how far a reader may
 * pass an item on; the {@link AccessPolicy} also uses it to decide who reads an item in the application.
 */
public enum Tlp {
    /** Disclosure is not limited. */
    CLEAR("TLP:CLEAR", "clear"),
    /** Limited to the community: the network, or the audience it was sent to. */
    GREEN("TLP:GREEN", "green"),
    /** Limited to the recipients' organisations and their clients, on a need-to-know basis. */
    AMBER("TLP:AMBER", "amber"),
    /** Limited to the recipients' organisations only. */
    AMBER_STRICT("TLP:AMBER+STRICT", "amber-strict"),
    /** For the eyes and ears of the individual recipients only. */
    RED("TLP:RED", "red");

    private final String label;
    private final String slug;

    Tlp(String label, String slug) {
        this.label = label;
        this.slug = slug;
    }

    /** The marking as it is written on an item, such as {@code TLP:AMBER+STRICT}. */
    public String label() {
        return label;
    }

    /** A lower-case name for CSS classes and message keys, such as {@code amber-strict}. */
    public String slug() {
        return slug;
    }

    /** Whether an e-mail may carry the item itself; otherwise it carries only a link into the application. */
    public boolean mayLeaveTheApplication() {
        return this != AMBER_STRICT && this != RED;
    }

    /** The key of the FIRST definition of this marking in the message bundles. */
    public String meaningKey() {
        return "tlp." + slug + ".meaning";
    }

    /**
     * The marking written in any usual way: {@code AMBER+STRICT}, {@code TLP:amber+strict}, {@code AMBER_STRICT} or
     * {@code amber-strict}.
     *
     * @throws IllegalArgumentException naming the accepted markings when the text is none of them
     */
    public static Tlp parse(String text) {
        if (text != null) {
            String name = text.strip().toUpperCase(Locale.ROOT);
            if (name.startsWith("TLP:")) {
                name = name.substring(4);
            }
            name = name.replace('+', '_').replace('-', '_');
            for (Tlp tlp : values()) {
                if (tlp.name().equals(name)) {
                    return tlp;
                }
            }
        }
        throw new IllegalArgumentException(
                "Unknown TLP marking '" + text + "'; use one of CLEAR, GREEN, AMBER, AMBER+STRICT or RED.");
    }
}
