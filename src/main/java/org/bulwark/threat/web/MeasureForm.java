package org.bulwark.threat.web;

import java.util.ArrayList;
import java.util.List;
import org.bulwark.sites.Tier;
import org.bulwark.sites.UseType;
import org.bulwark.threat.MeasureDraft;
import org.bulwark.threat.ProtectiveMeasure;
import org.jspecify.annotations.Nullable;

/** The catalogue's create and edit form; an empty level means a permanent measure. */
public class MeasureForm {

    private @Nullable String code;
    private @Nullable String domainCode;
    private @Nullable String textEn;
    private @Nullable String textFr;
    private List<String> sectors = new ArrayList<>();
    private List<String> useTypes = new ArrayList<>();
    private List<String> tiers = new ArrayList<>();
    private @Nullable String fromRank;

    static MeasureForm of(ProtectiveMeasure measure) {
        MeasureForm form = new MeasureForm();
        form.code = measure.code();
        form.domainCode = measure.domainCode();
        form.textEn = measure.textEn();
        form.textFr = measure.textFr();
        form.sectors = new ArrayList<>(measure.sectors());
        form.useTypes =
                new ArrayList<>(measure.useTypes().stream().map(UseType::code).toList());
        form.tiers = new ArrayList<>(measure.tiers().stream().map(Tier::name).toList());
        form.fromRank = measure.fromRank() == null ? "" : measure.fromRank().toString();
        return form;
    }

    /** The draft, with a level that is not a number reported as out of range. */
    MeasureDraft draft() {
        Integer rank = null;
        if (fromRank != null && !fromRank.isBlank()) {
            try {
                rank = Integer.valueOf(fromRank.strip());
            } catch (NumberFormatException e) {
                rank = 0;
            }
        }
        return new MeasureDraft(code, domainCode, textEn, textFr, sectors, useTypes, tiers, rank);
    }

    public @Nullable String getCode() {
        return code;
    }

    public void setCode(@Nullable String code) {
        this.code = code;
    }

    public @Nullable String getDomainCode() {
        return domainCode;
    }

    public void setDomainCode(@Nullable String domainCode) {
        this.domainCode = domainCode;
    }

    public @Nullable String getTextEn() {
        return textEn;
    }

    public void setTextEn(@Nullable String textEn) {
        this.textEn = textEn;
    }

    public @Nullable String getTextFr() {
        return textFr;
    }

    public void setTextFr(@Nullable String textFr) {
        this.textFr = textFr;
    }

    public List<String> getSectors() {
        return sectors;
    }

    public void setSectors(@Nullable List<String> sectors) {
        this.sectors = sectors == null ? new ArrayList<>() : sectors;
    }

    public List<String> getUseTypes() {
        return useTypes;
    }

    public void setUseTypes(@Nullable List<String> useTypes) {
        this.useTypes = useTypes == null ? new ArrayList<>() : useTypes;
    }

    public List<String> getTiers() {
        return tiers;
    }

    public void setTiers(@Nullable List<String> tiers) {
        this.tiers = tiers == null ? new ArrayList<>() : tiers;
    }

    public @Nullable String getFromRank() {
        return fromRank;
    }

    public void setFromRank(@Nullable String fromRank) {
        this.fromRank = fromRank;
    }
}
