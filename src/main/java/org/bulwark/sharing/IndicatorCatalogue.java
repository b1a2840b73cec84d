package org.bulwark.sharing;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.bulwark.identity.AccessPolicy;
import org.bulwark.identity.Reader;
import org.jspecify.annotations.Nullable;

/**
 * The catalogue of suspicious-activity indicators: behaviour categories in two parts, and sector-specific indicators
 * under them. Every read applies the {@link AccessPolicy} to each entry's TLP marking and audience inside the query;
 * a sector-specific indicator is read only together with its category. Only those the policy lets edit the catalogue
 * change it; each change publishes {@link IndicatorCatalogueChanged}.
 */
public interface IndicatorCatalogue {

    /**
     * The active entries this reader may read, in catalogue order: part, then each category followed by its
     * sector-specific indicators.
     *
     * @param reader must not be null
     * @param sector a sector code to keep only that sector's specific indicators (categories stay), or null for all
     * @return never null
     */
    List<Indicator> readableBy(Reader reader, @Nullable String sector);

    /**
     * As {@link #readableBy(Reader, String)}, with withdrawn entries too when {@code withInactive}, for those the
     * policy lets see them.
     */
    List<Indicator> readableBy(Reader reader, @Nullable String sector, boolean withInactive);

    /** The entry with this code, ignoring case, if this reader may read it; inactive entries included. */
    Optional<Indicator> find(Reader reader, String code);

    /**
     * The active entries this reader may read whose name, description or examples contain the text, ignoring case, in
     * English or French; in catalogue order. A blank text finds every readable active entry.
     */
    List<Indicator> search(Reader reader, String text);

    /**
     * Adds a behaviour category at the end of its part, unless the draft gives a position.
     *
     * @throws InvalidIndicator naming every field to correct; nothing is stored then
     * @throws org.springframework.security.access.AccessDeniedException when the editor may not edit the catalogue
     */
    Indicator createCategory(Reader editor, IndicatorDraft draft);

    /**
     * Adds a sector-specific indicator at the end of its category, unless the draft gives a position.
     *
     * @throws InvalidIndicator naming every field to correct (an unknown category or sector among them); nothing is
     *     stored then
     * @throws org.springframework.security.access.AccessDeniedException when the editor may not edit the catalogue
     */
    Indicator createSectorIndicator(Reader editor, IndicatorDraft draft);

    /**
     * Changes an entry's text, part or place, and its marking and audience where the draft gives them; its code and
     * kind stay as they are. A sector-specific indicator moved to another sector takes that sector as its audience
     * when it was shared with its old sector only and the draft names no other audience.
     *
     * @throws IndicatorNotFound when no entry has the code
     * @throws InvalidIndicator naming every field to correct; nothing is changed then
     * @throws org.springframework.security.access.AccessDeniedException when the editor may not edit the catalogue
     */
    Indicator update(Reader editor, String code, IndicatorDraft draft);

    /**
     * Changes who an entry is shared with.
     *
     * @param tlp a TLP marking written in any usual way
     * @param audience at least one audience key
     * @throws IndicatorNotFound when no entry has the code
     * @throws InvalidIndicator when the marking or an audience key is unknown, or the audience is empty
     * @throws org.springframework.security.access.AccessDeniedException when the editor may not edit the catalogue
     */
    Indicator changeMarking(Reader editor, String code, String tlp, Collection<String> audience);

    /**
     * Withdraws an entry from use; those who edit the catalogue still see it. A category withdrawn hides its
     * sector-specific indicators with it.
     *
     * @throws IndicatorNotFound when no entry has the code
     * @throws org.springframework.security.access.AccessDeniedException when the editor may not edit the catalogue
     */
    Indicator deactivate(Reader editor, String code);

    /**
     * Puts a withdrawn entry back into use.
     *
     * @throws IndicatorNotFound when no entry has the code
     * @throws org.springframework.security.access.AccessDeniedException when the editor may not edit the catalogue
     */
    Indicator reactivate(Reader editor, String code);
}
