package org.bulwark.sharing.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bulwark.sharing.Indicator;
import org.bulwark.sharing.IndicatorDraft;
import org.jspecify.annotations.Nullable;

/** The page form for an entry of the indicator catalogue: examples one per line, the audience as chosen keys. */
public class IndicatorForm {

    static final String CATEGORY = "category";
    static final String SECTOR = "sector";

    private String kind = CATEGORY;
    private @Nullable String code;
    private @Nullable String part;
    private @Nullable String category;
    private @Nullable String sector;
    private @Nullable String nameEn;
    private @Nullable String nameFr;
    private @Nullable String descriptionEn;
    private @Nullable String descriptionFr;
    private @Nullable String examplesEn;
    private @Nullable String examplesFr;
    private @Nullable String position;
    private @Nullable String tlp;
    private List<String> audience = new ArrayList<>();

    static IndicatorForm of(Indicator indicator) {
        IndicatorForm form = new IndicatorForm();
        form.kind = indicator.isCategory() ? CATEGORY : SECTOR;
        form.code = indicator.code();
        form.part = indicator.part().name();
        form.category = indicator.category();
        form.sector = indicator.sector();
        form.nameEn = indicator.nameEn();
        form.nameFr = indicator.nameFr();
        form.descriptionEn = indicator.descriptionEn();
        form.descriptionFr = indicator.descriptionFr();
        form.examplesEn = String.join("\n", indicator.examplesEn());
        form.examplesFr = String.join("\n", indicator.examplesFr());
        form.position = Integer.toString(indicator.position());
        form.tlp = indicator.tlp().name();
        form.audience = new ArrayList<>(indicator.audience());
        return form;
    }

    boolean isSectorIndicator() {
        return SECTOR.equals(kind);
    }

    /**
     * The draft; a position that is not a whole number is passed on as 0, which the catalogue refuses.
     *
     * @param creating whether the entry is new: then no audience chosen means the default one, while on an existing
     *     entry it is a mistake to report
     */
    IndicatorDraft draft(boolean creating) {
        Integer place = null;
        if (position != null && !position.isBlank()) {
            try {
                place = Integer.valueOf(position.strip());
            } catch (NumberFormatException ex) {
                place = 0;
            }
        }
        return new IndicatorDraft(
                code,
                part,
                category,
                sector,
                nameEn,
                nameFr,
                descriptionEn,
                descriptionFr,
                lines(examplesEn),
                lines(examplesFr),
                place,
                tlp,
                creating && audience.isEmpty() ? null : audience);
    }

    private static List<String> lines(@Nullable String text) {
        return text == null ? List.of() : Arrays.asList(text.split("\\R"));
    }

    public String getKind() {
        return kind;
    }

    public void setKind(@Nullable String kind) {
        this.kind = SECTOR.equals(kind) ? SECTOR : CATEGORY;
    }

    public @Nullable String getCode() {
        return code;
    }

    public void setCode(@Nullable String code) {
        this.code = code;
    }

    public @Nullable String getPart() {
        return part;
    }

    public void setPart(@Nullable String part) {
        this.part = part;
    }

    public @Nullable String getCategory() {
        return category;
    }

    public void setCategory(@Nullable String category) {
        this.category = category;
    }

    public @Nullable String getSector() {
        return sector;
    }

    public void setSector(@Nullable String sector) {
        this.sector = sector;
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

    public @Nullable String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(@Nullable String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public @Nullable String getDescriptionFr() {
        return descriptionFr;
    }

    public void setDescriptionFr(@Nullable String descriptionFr) {
        this.descriptionFr = descriptionFr;
    }

    public @Nullable String getExamplesEn() {
        return examplesEn;
    }

    public void setExamplesEn(@Nullable String examplesEn) {
        this.examplesEn = examplesEn;
    }

    public @Nullable String getExamplesFr() {
        return examplesFr;
    }

    public void setExamplesFr(@Nullable String examplesFr) {
        this.examplesFr = examplesFr;
    }

    public @Nullable String getPosition() {
        return position;
    }

    public void setPosition(@Nullable String position) {
        this.position = position;
    }

    public @Nullable String getTlp() {
        return tlp;
    }

    public void setTlp(@Nullable String tlp) {
        this.tlp = tlp;
    }

    public List<String> getAudience() {
        return audience;
    }

    public void setAudience(@Nullable List<String> audience) {
        this.audience = audience == null ? new ArrayList<>() : audience;
    }
}
