package org.bulwark.sharing;

import java.util.Locale;
import org.bulwark.identity.AccessPolicy;
import org.bulwark.identity.Reader;

/** What a bulletin is; the kind decides who may write one. */
public enum BulletinKind {
    WEEKLY_BRIEFING,
    THREAT_UPDATE,
    INTELLIGENCE_PRODUCT,
    ADVISORY,
    PARTNER_NOTE;

    /** Whether this reader may write bulletins of this kind. */
    public boolean mayBeWrittenBy(Reader reader, AccessPolicy policy) {
        return switch (this) {
            case WEEKLY_BRIEFING, THREAT_UPDATE, INTELLIGENCE_PRODUCT -> policy.mayWritePoliceProducts(reader);
            case ADVISORY -> policy.mayWriteAdvisories(reader);
            case PARTNER_NOTE -> policy.mayWritePartnerNotes(reader);
        };
    }

    public String messageKey() {
        return "sharing.kind." + name().toLowerCase(Locale.ROOT);
    }
}
