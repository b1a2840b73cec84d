package org.bulwark.partners;

import org.jspecify.annotations.Nullable;

/**
 * What a coordinator states about a sharing group.
 *
 * @param name unique in the network, ignoring case; at most 120 characters
 * @param description what the group is for, or null; at most 1000 characters
 */
public record SharingGroupDetails(String name, @Nullable String description) {}
