package org.bulwark.partners;

/** Which part of society a partner organisation belongs to. */
public enum OrganisationKind {
    PUBLIC,
    PRIVATE,
    CIVIL_SOCIETY
}
