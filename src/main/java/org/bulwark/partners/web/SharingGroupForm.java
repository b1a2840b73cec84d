package org.bulwark.partners.web;

import org.bulwark.partners.SharingGroup;
import org.bulwark.partners.SharingGroupDetails;
import org.jspecify.annotations.Nullable;

/** Creating a sharing group, or renaming and describing it. */
class SharingGroupForm {

    private @Nullable String name;
    private @Nullable String description;

    static SharingGroupForm of(SharingGroup group) {
        SharingGroupForm form = new SharingGroupForm();
        form.name = group.name();
        form.description = group.description();
        return form;
    }

    SharingGroupDetails details() {
        return new SharingGroupDetails(name, description);
    }

    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public void setDescription(@Nullable String description) {
        this.description = description;
    }
}
