package org.bulwark.sites.web;

import org.bulwark.sites.Site;
import org.bulwark.sites.SiteDetails;
import org.bulwark.sites.internal.SiteInput;
import org.jspecify.annotations.Nullable;

/** The create/edit form: every field as typed, so that a wrong value comes back as the person wrote it. */
class SiteForm {

    private @Nullable String name;
    private @Nullable String address;
    private @Nullable String latitude;
    private @Nullable String longitude;
    private @Nullable String sector;
    private @Nullable String useType;
    private @Nullable String capacity;
    private @Nullable String organisation;
    private @Nullable String contactName;
    private @Nullable String contactPhone;
    private @Nullable String contactEmail;
    private @Nullable String openingHours;
    private @Nullable Long version;

    static SiteForm of(Site site) {
        SiteDetails d = site.details();
        SiteForm form = new SiteForm();
        form.name = d.name();
        form.address = d.address();
        form.latitude = String.valueOf(d.location().latitude());
        form.longitude = String.valueOf(d.location().longitude());
        form.sector = d.sectorCode();
        form.useType = d.useType().code();
        form.capacity = String.valueOf(d.capacity());
        form.organisation = d.organisationId() == null ? "" : d.organisationId().toString();
        form.contactName = d.contact().name();
        form.contactPhone = d.contact().phone();
        form.contactEmail = d.contact().email();
        form.openingHours = d.openingHours();
        form.version = site.version();
        return form;
    }

    SiteInput input() {
        return new SiteInput(
                name,
                address,
                latitude,
                longitude,
                sector,
                useType,
                capacity,
                organisation,
                contactName,
                contactPhone,
                contactEmail,
                openingHours);
    }

    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }

    public @Nullable String getAddress() {
        return address;
    }

    public void setAddress(@Nullable String address) {
        this.address = address;
    }

    public @Nullable String getLatitude() {
        return latitude;
    }

    public void setLatitude(@Nullable String latitude) {
        this.latitude = latitude;
    }

    public @Nullable String getLongitude() {
        return longitude;
    }

    public void setLongitude(@Nullable String longitude) {
        this.longitude = longitude;
    }

    public @Nullable String getSector() {
        return sector;
    }

    public void setSector(@Nullable String sector) {
        this.sector = sector;
    }

    public @Nullable String getUseType() {
        return useType;
    }

    public void setUseType(@Nullable String useType) {
        this.useType = useType;
    }

    public @Nullable String getCapacity() {
        return capacity;
    }

    public void setCapacity(@Nullable String capacity) {
        this.capacity = capacity;
    }

    public @Nullable String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(@Nullable String organisation) {
        this.organisation = organisation;
    }

    public @Nullable String getContactName() {
        return contactName;
    }

    public void setContactName(@Nullable String contactName) {
        this.contactName = contactName;
    }

    public @Nullable String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(@Nullable String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public @Nullable String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(@Nullable String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public @Nullable String getOpeningHours() {
        return openingHours;
    }

    public void setOpeningHours(@Nullable String openingHours) {
        this.openingHours = openingHours;
    }

    public @Nullable Long getVersion() {
        return version;
    }

    public void setVersion(@Nullable Long version) {
        this.version = version;
    }
}
