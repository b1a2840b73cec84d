package org.bulwark.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.bulwark.identity.Reader;
import org.bulwark.identity.Role;
import org.bulwark.identity.Tlp;
import org.bulwark.partners.InvalidPartnerData;
import org.bulwark.partners.Sector;
import org.bulwark.partners.SectorCatalogue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@SpringBootTest
@AutoConfigureMockMvc
@Import(IndicatorReaders.Configuration.class)
@RecordApplicationEvents
class IndicatorCatalogueIntegrationTests {

    static final List<String> PART_A = List.of(
            "breach-intrusion",
            "misrepresentation",
            "theft-loss-diversion",
            "sabotage-tampering-vandalism",
            "cyberattack",
            "expressed-implied-threat",
            "aviation-activity");
    static final List<String> PART_B = List.of(
            "eliciting-information",
            "testing-probing-security",
            "recruiting-financing",
            "photography",
            "observation-surveillance",
            "materials-acquisition-storage",
            "acquisition-expertise",
            "weapons-collection-discovery",
            "sector-specific-incident");
    static final String HOTEL_INDICATOR = "hotels-room-kept-closed";

    @Autowired
    IndicatorCatalogue catalogue;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @Autowired
    SectorCatalogue sectors;

    @Test
    void theShippedCatalogueHoldsTheSixteenBehaviourCategoriesInTheirParts() {
        List<Indicator> all = catalogue.readableBy(reader(Role.COORDINATOR), null);

        assertThat(codes(all, IndicatorPart.A)).containsSubsequence(PART_A);
        assertThat(codes(all, IndicatorPart.B)).containsSubsequence(PART_B);
        List<String> presets = new ArrayList<>(PART_A);
        presets.addAll(PART_B);
        List<Indicator> categories =
                all.stream().filter(i -> presets.contains(i.code())).toList();
        assertThat(categories).hasSize(16).allSatisfy(category -> {
            assertThat(category.isCategory()).isTrue();
            assertThat(category.tlp()).isEqualTo(Tlp.GREEN);
            assertThat(category.audience()).containsExactly("network");
            assertThat(category.examplesEn()).hasSizeBetween(2, 4);
            assertThat(category.examplesFr()).hasSameSizeAs(category.examplesEn());
            assertThat(category.nameFr()).isNotEqualTo(category.nameEn());
            assertThat(category.author()).isNull();
        });
        assertThat(catalogue
                        .find(reader(Role.OPERATOR), "PHOTOGRAPHY")
                        .orElseThrow()
                        .name(Locale.FRENCH))
                .isEqualTo("Prises de vues");
    }

    @Test
    void theShippedSectorIndicatorsCoverAtLeastFiveSectorsAndAreSharedWithTheirSector() {
        List<Indicator> shipped = catalogue.readableBy(reader(Role.COORDINATOR), null).stream()
                .filter(i -> !i.isCategory() && i.author() == null)
                .toList();

        assertThat(shipped).hasSizeGreaterThanOrEqualTo(12).allSatisfy(indicator -> {
            assertThat(indicator.audience()).containsExactly("sector:" + indicator.sector());
            assertThat(indicator.tlp()).isEqualTo(Tlp.GREEN);
            assertThat(indicator.examplesEn()).hasSizeBetween(2, 4);
            assertThat(indicator.examplesFr()).hasSameSizeAs(indicator.examplesEn());
        });
        assertThat(shipped.stream().map(Indicator::sector).distinct())
                .hasSizeGreaterThanOrEqualTo(5)
                .contains(
                        "hotels-restaurants", "stadia-arenas", "transport", "places-of-worship", "retail", "education");
    }

    @Test
    void aHotelIndicatorIsInvisibleToAnOperatorWhoseKeysLackTheHotelSector() {
        Reader outsider = reader(Role.OPERATOR, "sector:retail");

        assertThat(codes(catalogue.readableBy(outsider, null)))
                .doesNotContain(HOTEL_INDICATOR)
                .containsAll(PART_A);
        assertThat(catalogue.find(outsider, HOTEL_INDICATOR)).isEmpty();
        assertThat(codes(catalogue.search(outsider, "housekeeping"))).doesNotContain(HOTEL_INDICATOR);
        assertThat(codes(catalogue.readableBy(outsider, "hotels-restaurants"))).doesNotContain(HOTEL_INDICATOR);
    }

    @Test
    void aHotelIndicatorIsVisibleToAnOperatorNamedByTheHotelSector() {
        Reader hotelier = reader(Role.OPERATOR, "sector:hotels-restaurants");

        assertThat(codes(catalogue.readableBy(hotelier, null))).contains(HOTEL_INDICATOR);
        assertThat(catalogue.find(hotelier, HOTEL_INDICATOR)).isPresent();
        assertThat(codes(catalogue.search(hotelier, "HOUSEKEEPING"))).containsExactly(HOTEL_INDICATOR);
    }

    @Test
    void aSectorFilterKeepsEveryCategoryAndThatSectorsIndicatorsOnly() {
        List<Indicator> transport = catalogue.readableBy(reader(Role.COORDINATOR), "transport");

        assertThat(codes(transport)).containsAll(PART_B).contains("transport-restricted-areas");
        assertThat(transport)
                .filteredOn(i -> !i.isCategory())
                .allSatisfy(i -> assertThat(i.sector()).isEqualTo("transport"));
    }

    @Test
    void searchIgnoresCaseAndLooksAtFrenchExamplesToo() {
        Reader operator = reader(Role.OPERATOR);

        assertThat(codes(catalogue.search(operator, "DRONE"))).contains("aviation-activity");
        assertThat(codes(catalogue.search(operator, "GÉOREPÉRAGE"))).containsExactly("acquisition-expertise");
        assertThat(catalogue.search(operator, "100%")).isEmpty();
    }

    @Test
    void aCoordinatorAddsACategoryAndASectorIndicatorAndEachChangeIsAnnounced() {
        Reader coordinator = reader(Role.COORDINATOR);
        String category = unique("queue-jumping");
        String specific = unique("retail-queue");

        Indicator created = catalogue.createCategory(coordinator, category(category, null));
        Indicator child = catalogue.createSectorIndicator(coordinator, sectorIndicator(specific, category, "retail"));

        assertThat(created.part()).isEqualTo(IndicatorPart.B);
        assertThat(created.tlp()).isEqualTo(Tlp.GREEN);
        assertThat(created.audience()).containsExactly("network");
        assertThat(created.author()).isEqualTo(coordinator.account());
        assertThat(created.examplesFr()).containsExactly("Exemple un", "Exemple deux");
        assertThat(child.part()).isEqualTo(IndicatorPart.B);
        assertThat(child.category()).isEqualTo(category);
        assertThat(child.audience()).containsExactly("sector:retail");
        assertThat(codes(catalogue.readableBy(reader(Role.OPERATOR, "sector:retail"), null)))
                .containsSubsequence(category, specific);
        assertThat(codes(catalogue.readableBy(reader(Role.OPERATOR), null)))
                .contains(category)
                .doesNotContain(specific);
        assertThat(events.stream(IndicatorCatalogueChanged.class).map(IndicatorCatalogueChanged::code))
                .containsExactly(category, specific);
    }

    @Test
    void aCoordinatorNarrowsTheMarkingAndTheOperatorsItNoLongerNamesStopReadingIt() {
        Reader coordinator = reader(Role.COORDINATOR);
        String code = unique("narrowed");
        catalogue.createCategory(coordinator, category(code, null));
        Reader member = reader(Role.OPERATOR);
        Reader stadium = reader(Role.OPERATOR, "sector:stadia-arenas");

        Indicator marked = catalogue.changeMarking(coordinator, code, "amber", List.of("sector:stadia-arenas"));

        assertThat(marked.tlp()).isEqualTo(Tlp.AMBER);
        assertThat(marked.audience()).containsExactly("sector:stadia-arenas");
        assertThat(catalogue.find(member, code)).isEmpty();
        assertThat(catalogue.find(stadium, code)).isPresent();
        assertThat(catalogue.find(reader(Role.ADVISOR), code)).isEmpty();
        assertThat(catalogue.find(reader(Role.ANALYST), code)).isPresent();
        catalogue.changeMarking(coordinator, code, "TLP:RED", List.of("sector:stadia-arenas"));
        assertThat(catalogue.find(stadium, code)).isEmpty();
    }

    @Test
    void aWithdrawnCategoryAndItsIndicatorsAreHiddenFromReadersButNotFromCoordinators() {
        Reader coordinator = reader(Role.COORDINATOR);
        String category = unique("withdrawn");
        String specific = unique("withdrawn-child");
        catalogue.createCategory(coordinator, category(category, null));
        catalogue.createSectorIndicator(coordinator, sectorIndicator(specific, category, "retail"));
        Reader retailer = reader(Role.OPERATOR, "sector:retail");

        Indicator withdrawn = catalogue.deactivate(coordinator, category);

        assertThat(withdrawn.active()).isFalse();
        assertThat(codes(catalogue.readableBy(retailer, null))).doesNotContain(category, specific);
        assertThat(catalogue.find(retailer, category)).isEmpty();
        assertThat(codes(catalogue.readableBy(coordinator, null))).doesNotContain(category);
        assertThat(codes(catalogue.readableBy(coordinator, null, true))).contains(category, specific);
        assertThat(catalogue.find(coordinator, category)).isPresent();

        catalogue.reactivate(coordinator, category);

        assertThat(codes(catalogue.readableBy(retailer, null))).containsSubsequence(category, specific);
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingChanges() {
        Reader coordinator = reader(Role.COORDINATOR);
        long[] before = counts();
        IndicatorDraft wrong = new IndicatorDraft(
                "photography",
                null,
                "photography",
                "spaceports",
                " ",
                "Nom",
                "Describes behaviour.",
                "Décrit un comportement.",
                List.of(),
                List.of(),
                null,
                "PURPLE",
                null);

        assertThatThrownBy(() -> catalogue.createSectorIndicator(coordinator, wrong))
                .isInstanceOfSatisfying(
                        InvalidIndicator.class,
                        ex -> assertThat(ex.violations())
                                .extracting(InvalidIndicator.Violation::field)
                                .containsExactly("code", "sector", "nameEn", "tlp"));
        assertThatThrownBy(() -> catalogue.createCategory(coordinator, category(unique("no-part"), "C")))
                .isInstanceOfSatisfying(
                        InvalidIndicator.class,
                        ex -> assertThat(ex.violations())
                                .extracting(InvalidIndicator.Violation::code)
                                .containsExactly("indicators.error.part.unknown"));
        IndicatorDraft emptyName = new IndicatorDraft(
                null, null, null, null, "", "", "", "", List.of(), List.of(), null, null, List.of("sector:nowhere"));
        assertThatThrownBy(() -> catalogue.update(coordinator, "photography", emptyName))
                .isInstanceOf(InvalidIndicator.class);

        assertThat(counts()).containsExactly(before);
        Indicator photography = catalogue.find(coordinator, "photography").orElseThrow();
        assertThat(photography.nameEn()).isEqualTo("Photography");
        assertThat(photography.audience()).containsExactly("network");
        assertThat(events.stream(IndicatorCatalogueChanged.class)).isEmpty();
    }

    @Test
    void onlyCoordinatorsChangeTheCatalogue() {
        long[] before = counts();

        for (Role role : List.of(Role.ANALYST, Role.ADVISOR, Role.OPERATOR, Role.ADMIN)) {
            Reader someone = reader(role);
            assertThatThrownBy(() -> catalogue.createCategory(someone, category(unique("refused"), null)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> catalogue.deactivate(someone, "photography"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> catalogue.changeMarking(someone, "photography", "CLEAR", List.of("network")))
                    .isInstanceOf(AccessDeniedException.class);
        }

        assertThat(counts()).containsExactly(before);
        assertThat(catalogue
                        .find(reader(Role.OPERATOR), "photography")
                        .orElseThrow()
                        .tlp())
                .isEqualTo(Tlp.GREEN);
    }

    @Test
    void aSectorIndicatorMovedToAnotherSectorIsSharedWithItsNewSector() {
        Reader coordinator = reader(Role.COORDINATOR);
        String code = unique("moved");
        catalogue.createSectorIndicator(coordinator, sectorIndicator(code, "photography", "retail"));

        Indicator moved = catalogue.update(coordinator, code, sectorIndicator(null, null, "transport"));

        assertThat(moved.sector()).isEqualTo("transport");
        assertThat(moved.category()).isEqualTo("photography");
        assertThat(moved.audience()).containsExactly("sector:transport");
        assertThat(catalogue
                        .update(coordinator, code, moveTo("education", "sector:transport"))
                        .audience())
                .containsExactly("sector:education");
        assertThat(catalogue
                        .update(coordinator, code, moveTo("retail", "network"))
                        .audience())
                .containsExactly("network");
    }

    /** A move to another sector, as the edit form sends it: with the audience that is chosen on the form. */
    static IndicatorDraft moveTo(String sector, String audience) {
        IndicatorDraft text = sectorIndicator(null, null, sector);
        return new IndicatorDraft(
                null,
                null,
                null,
                sector,
                text.nameEn(),
                text.nameFr(),
                text.descriptionEn(),
                text.descriptionFr(),
                text.examplesEn(),
                text.examplesFr(),
                null,
                null,
                List.of(audience));
    }

    @Test
    void aSectorThatIndicatorsAreSpecificToCannotBeDeleted() {
        String name = "Indicator sector " + unique("x");
        Sector sector = sectors.add(null, name, name + " fr");
        catalogue.createSectorIndicator(
                reader(Role.COORDINATOR), sectorIndicator(unique("kept"), "photography", sector.code()));

        assertThatThrownBy(() -> sectors.delete(sector.code())).isInstanceOf(InvalidPartnerData.class);
        assertThat(sectors.all()).extracting(Sector::code).contains(sector.code());
    }

    static IndicatorDraft category(String code, String part) {
        return new IndicatorDraft(
                code,
                part == null ? "B" : part,
                null,
                null,
                "Queue jumping " + code,
                "Resquille " + code,
                "Pushing to the front of a security queue again and again.",
                "Se faufiler à répétition en tête d'une file de contrôle.",
                List.of("Example one", " ", "Example two"),
                List.of("Exemple un", "Exemple deux"),
                null,
                null,
                null);
    }

    static IndicatorDraft sectorIndicator(String code, String category, String sector) {
        return new IndicatorDraft(
                code,
                null,
                category,
                sector,
                "Sector specific " + code,
                "Propre au secteur " + code,
                "Someone does something unusual for the sector.",
                "Une personne fait quelque chose d'inhabituel pour le secteur.",
                List.of("An example"),
                List.of("Un exemple"),
                null,
                null,
                null);
    }

    private long[] counts() {
        return new long[] {
            jdbc.sql("select count(*) from indicator").query(Long.class).single(),
            jdbc.sql("select count(*) from indicator_example").query(Long.class).single(),
            jdbc.sql("select count(*) from indicator_audience")
                    .query(Long.class)
                    .single(),
            jdbc.sql("select count(*) from indicator where author is not null")
                    .query(Long.class)
                    .single()
        };
    }

    static Reader reader(Role role, String... keys) {
        Set<String> all = new HashSet<>(List.of("network"));
        all.addAll(List.of(keys));
        return new Reader(UUID.randomUUID(), role, null, all);
    }

    static String unique(String code) {
        return code + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static List<String> codes(List<Indicator> indicators) {
        return indicators.stream().map(Indicator::code).toList();
    }

    private static List<String> codes(List<Indicator> indicators, IndicatorPart part) {
        return indicators.stream()
                .filter(i -> i.isCategory() && i.part() == part)
                .map(Indicator::code)
                .toList();
    }
}
