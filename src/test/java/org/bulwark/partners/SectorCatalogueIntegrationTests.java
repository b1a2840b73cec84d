package org.bulwark.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
class SectorCatalogueIntegrationTests {

    @Autowired
    SectorCatalogue catalogue;

    @Autowired
    PartnerDirectory directory;

    @Autowired
    Partners partners;

    private final List<String> added = new ArrayList<>();

    // tests share one database: leave the catalogue as other modules' tests expect it
    @AfterEach
    void removeAddedSectors() {
        for (String code : added) {
            if (directory.sector(code).isEmpty()) {
                continue;
            }
            try {
                catalogue.delete(code);
            } catch (InvalidPartnerData inUse) {
                catalogue.deactivate(code);
            }
        }
    }

    private Sector add(String nameEn, String nameFr) {
        Sector sector = catalogue.add(null, nameEn, nameFr);
        added.add(sector.code());
        return sector;
    }

    @Test
    void catalogueStartsWithTheTwelveCrowdedPlacesSectors() {
        assertThat(catalogue.all())
                .extracting(Sector::code)
                .contains(
                        "night-time-economy",
                        "cinemas-theatres",
                        "stadia-arenas",
                        "retail",
                        "health",
                        "education",
                        "places-of-worship",
                        "hotels-restaurants",
                        "major-events",
                        "visitor-attractions",
                        "commercial-centres",
                        "transport");
    }

    @Test
    void addedSectorGetsACodeFromItsEnglishNameAndGoesLast() {
        String suffix = suffix();
        Sector added = add("Sports & Leisure Clubs " + suffix, "Clubs sportifs " + suffix);

        assertThat(added.code()).isEqualTo("sports-and-leisure-clubs-" + suffix);
        assertThat(catalogue.all()).last().isEqualTo(added);
        assertThat(directory.sectors()).contains(added);
    }

    @Test
    void sectorNamesAreUniqueInEachLanguage() {
        String suffix = suffix();
        add("Markets " + suffix, "Marchés " + suffix);

        assertThatThrownBy(() -> catalogue.add("other-" + suffix, "MARKETS " + suffix, "Autre " + suffix))
                .isInstanceOfSatisfying(
                        InvalidPartnerData.class,
                        ex -> assertThat(ex.violations())
                                .extracting(InvalidPartnerData.Violation::field)
                                .containsExactly("nameEn"));
    }

    @Test
    void renamingKeepsTheCode() {
        String suffix = suffix();
        Sector added = add("Ferries " + suffix, "Ferrys " + suffix);

        catalogue.rename(added.code(), "Ferry terminals " + suffix, "Gares maritimes " + suffix);

        assertThat(directory.sector(added.code())).get().satisfies(sector -> {
            assertThat(sector.nameEn()).isEqualTo("Ferry terminals " + suffix);
            assertThat(sector.nameFr()).isEqualTo("Gares maritimes " + suffix);
        });
    }

    @Test
    void movingASectorUpSwapsItWithTheOneAbove() {
        String suffix = suffix();
        Sector first = add("Piers " + suffix, "Jetées " + suffix);
        Sector second = add("Beaches " + suffix, "Plages " + suffix);

        catalogue.move(second.code(), true);

        List<String> codes = catalogue.all().stream().map(Sector::code).toList();
        assertThat(codes.indexOf(second.code())).isEqualTo(codes.indexOf(first.code()) - 1);
    }

    @Test
    void deactivatedSectorIsHiddenFromChoicesButKeptByItsOrganisations() {
        String suffix = suffix();
        Sector sector = add("Casinos " + suffix, "Casinos " + suffix + " fr");
        UUID organisation = partners.register(new OrganisationDetails(
                OrganisationKind.PRIVATE,
                "Casino Royale " + suffix,
                Set.of(sector.code()),
                "Seafront",
                null,
                null,
                null,
                null));

        catalogue.deactivate(sector.code());

        assertThat(directory.sectors()).extracting(Sector::code).doesNotContain(sector.code());
        assertThatThrownBy(() -> partners.register(new OrganisationDetails(
                        OrganisationKind.PRIVATE,
                        "Another Casino " + suffix,
                        Set.of(sector.code()),
                        "Seafront",
                        null,
                        null,
                        null,
                        null)))
                .isInstanceOfSatisfying(
                        InvalidPartnerData.class,
                        ex -> assertThat(ex.violations())
                                .extracting(InvalidPartnerData.Violation::code)
                                .containsExactly("organisation.sectors.inactive"));
        Organisation kept = partners.find(organisation).orElseThrow();
        partners.update(organisation, kept.details());
        assertThat(partners.find(organisation))
                .get()
                .extracting(Organisation::sectors)
                .isEqualTo(List.of(sector.code()));

        catalogue.reactivate(sector.code());
        assertThat(directory.sectors()).extracting(Sector::code).contains(sector.code());
    }

    @Test
    void sectorInUseCannotBeDeletedAndTheReasonSaysByWhom() {
        String suffix = suffix();
        Sector sector = add("Festivals " + suffix, "Festivals " + suffix + " fr");
        partners.register(new OrganisationDetails(
                OrganisationKind.CIVIL_SOCIETY,
                "Festival Trust " + suffix,
                Set.of(sector.code()),
                "Parkland",
                null,
                null,
                null,
                null));

        assertThatThrownBy(() -> catalogue.delete(sector.code()))
                .isInstanceOfSatisfying(
                        InvalidPartnerData.class,
                        ex -> assertThat(ex.getMessage())
                                .contains("cannot be deleted", "1 organisation", "Deactivate it instead"));
        assertThat(directory.sector(sector.code())).isPresent();
    }

    @Test
    void unusedSectorCanBeDeleted() {
        String suffix = suffix();
        Sector sector = add("Typo sector " + suffix, "Secteur erroné " + suffix);

        catalogue.delete(sector.code());

        assertThat(directory.sector(sector.code())).isEmpty();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
