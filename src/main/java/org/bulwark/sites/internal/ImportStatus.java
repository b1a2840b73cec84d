package org.bulwark.sites.internal;

/** Where an import stands. Only COMPLETED means sites were saved; FAILED means nothing was. */
public enum ImportStatus {
    QUEUED,
    CHECKING,
    SAVING,
    COMPLETED,
    FAILED;

    public boolean running() {
        return this == QUEUED || this == CHECKING || this == SAVING;
    }

    public String messageKey() {
        return "sites.import.status." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
