package org.bulwark.reporting.internal;

/** A dismissal that cannot be made; nothing was changed. */
public class ReportLinkDismissalRefused extends RuntimeException {

    /** Why a dismissal is refused; each has a message key {@code correlation.dismissal.<code>}. */
    public enum Reason {
        NOTE_REQUIRED("noteRequired"),
        NOTE_TOO_LONG("noteTooLong"),
        ALREADY_DISMISSED("alreadyDismissed");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        /** The key of this reason's message in the correlation bundles. */
        public String messageKey() {
            return "correlation.dismissal." + code;
        }
    }

    private final Reason reason;

    public ReportLinkDismissalRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
