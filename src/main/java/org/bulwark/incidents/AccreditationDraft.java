package org.bulwark.incidents;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A person to accredit as a coordinator enters them; checked by {@link Accreditations#add}.
 *
 * @param organisation the partner organisation that employs them; when given, its name is the employer
 * @param employer the employer's name when it is not a partner organisation
 * @param areas short labels of the zones or areas they may enter; at least one
 */
public record AccreditationDraft(
        @Nullable String name,
        @Nullable UUID organisation,
        @Nullable String employer,
        @Nullable String role,
        List<String> areas) {

    public AccreditationDraft {
        areas = areas == null
                ? List.of()
                : areas.stream().filter(a -> a != null).toList();
    }
}
