package org.bulwark.sites.internal;

/** A rejected row: its line (CSV) or feature (GeoJSON) number and why, in the importer's language. */
public record ImportError(int position, String message) {}
