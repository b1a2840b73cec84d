package org.bulwark.partners.web;

import org.jspecify.annotations.Nullable;

/** Adding or renaming a sector. */
class SectorForm {

    private @Nullable String code;
    private @Nullable String nameEn;
    private @Nullable String nameFr;

    public @Nullable String getCode() {
        return code;
    }

    public void setCode(@Nullable String code) {
        this.code = code;
    }

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
