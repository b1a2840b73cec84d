package org.bulwark.reporting;

import java.util.UUID;

/**
 * What a public reporter gets back: the code with which they can add information later. The code is shown once and
 * kept only as a hash; it cannot be recovered.
 */
public record Receipt(UUID report, String reference, String code) {}
