package org.bulwark.partners.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.bulwark.partners.Organisation;
import org.bulwark.partners.OrganisationDetails;
import org.bulwark.partners.OrganisationKind;
import org.jspecify.annotations.Nullable;

/** The organisation form as the browser posts it; the rules are checked by the partnership itself. */
class OrganisationForm {

    private @Nullable OrganisationKind kind;
    private @Nullable String name;
    private List<String> sectors = new ArrayList<>();
    private @Nullable String region;
    private @Nullable String website;
    private @Nullable String contactName;
    private @Nullable String contactEmail;
    private @Nullable String contactPhone;

    static OrganisationForm of(Organisation organisation) {
        OrganisationForm form = new OrganisationForm();
        form.kind = organisation.kind();
        form.name = organisation.name();
        form.sectors = new ArrayList<>(organisation.sectors());
        form.region = organisation.region();
        form.website = organisation.website();
        form.contactName = organisation.contactName();
        form.contactEmail = organisation.contactEmail();
        form.contactPhone = organisation.contactPhone();
        return form;
    }

    OrganisationDetails details() {
        return new OrganisationDetails(
                kind, name, new LinkedHashSet<>(sectors), region, website, contactName, contactEmail, contactPhone);
    }

    public @Nullable OrganisationKind getKind() {
        return kind;
    }

    public void setKind(@Nullable OrganisationKind kind) {
        this.kind = kind;
    }

    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }

    public List<String> getSectors() {
        return sectors;
    }

    public void setSectors(@Nullable List<String> sectors) {
        this.sectors = sectors == null ? new ArrayList<>() : sectors;
    }

    public @Nullable String getRegion() {
        return region;
    }

    public void setRegion(@Nullable String region) {
        this.region = region;
    }

    public @Nullable String getWebsite() {
        return website;
    }

    public void setWebsite(@Nullable String website) {
        this.website = website;
    }

    public @Nullable String getContactName() {
        return contactName;
    }

    public void setContactName(@Nullable String contactName) {
        this.contactName = contactName;
    }

    public @Nullable String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(@Nullable String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public @Nullable String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(@Nullable String contactPhone) {
        this.contactPhone = contactPhone;
    }
}
