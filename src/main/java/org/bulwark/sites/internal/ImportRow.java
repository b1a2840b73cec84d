package org.bulwark.sites.internal;

import java.util.List;

/**
 * One row of an import file: its position (CSV line or GeoJSON feature number, from 1), the site it states and
 * any problem found while reading it, before any check of its values.
 */
public record ImportRow(int position, SiteInput input, List<FieldProblem> readProblems) {}
