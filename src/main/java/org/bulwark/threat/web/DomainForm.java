package org.bulwark.threat.web;

import org.jspecify.annotations.Nullable;

/** The form that renames an action domain. */
public class DomainForm {

    private @Nullable String nameEn;
    private @Nullable String nameFr;

    public @Nullable String getNameEn() {
        return nameEn;
    }

    public void setNameEn(@Nullable String nameEn) {
        this.nameEn = nameEn;
    }

    public @Nullable String getNameFr() {
        return nameFr;
    }

    public void setNameFr(@Nullable String nameFr) {
        this.nameFr = nameFr;
    }
}
