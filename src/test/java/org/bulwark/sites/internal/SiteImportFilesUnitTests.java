package org.bulwark.sites.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Role;
import org.bulwark.partners.OrganisationKind;
import org.bulwark.partners.OrganisationSummary;
import org.bulwark.partners.PartnerDirectory;
import org.bulwark.partners.Sector;
import org.bulwark.sites.UseType;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import tools.jackson.databind.json.JsonMapper;

/** Reading CSV and GeoJSON files and checking their rows, without Spring. */
class SiteImportFilesUnitTests {

    static final String HEADER = CsvSiteFile.COLUMNS + "\n";
    static final OrganisationSummary ARENA_CO =
            new OrganisationSummary(UUID.randomUUID(), "Arena Co", OrganisationKind.PRIVATE, "Centre", "APPROVED");
    static final List<Sector> SECTORS = List.of(
            new Sector("stadia-arenas", "Stadia and arenas", "Stades et arènes", 1, true),
            new Sector("places-of-worship", "Places of worship", "Lieux de culte", 2, true));

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    private final SiteInputs inputs = new SiteInputs(SECTORS, List.of(ARENA_CO), coordinator());

    SiteImportFilesUnitTests() {
        messages.setBasenames("i18n/sites");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    @Test
    void csvRowsKeepTheirLineNumbersAcrossBlankLinesAndQuotedLineBreaks() {
        String csv = HEADER
                + "One,1 Street,51.5,-0.1,stadia-arenas,arena,100,,,,,\n"
                + "\n"
                + "\"Two\nlines\",2 Street,51.5,-0.1,stadia-arenas,arena,100,,,,,\n"
                + "Three,3 Street,51.5,-0.1,stadia-arenas,arena,100,,,,,\n";

        List<ImportRow> rows = CsvSiteFile.read(csv.getBytes(StandardCharsets.UTF_8));

        assertThat(rows).extracting(ImportRow::position).containsExactly(2, 4, 6);
        assertThat(rows.get(1).input().name()).isEqualTo("Two\nlines");
    }

    @Test
    void badCapacityIsReportedWithTheValueAndWhatIsExpected() {
        String csv = HEADER + "Hall,1 Street,51.5,-0.1,stadia-arenas,arena,lots,,,,,\n";

        ImportRow row = CsvSiteFile.read(csv.getBytes(StandardCharsets.UTF_8)).get(0);

        assertThat(reasons(row)).containsExactly("capacity 'lots' is not a whole number");
        assertThat(messages.getMessage(
                        "sites.import.line",
                        new Object[] {row.position(), reasons(row).get(0)},
                        Locale.ENGLISH))
                .isEqualTo("line 2: capacity 'lots' is not a whole number");
    }

    @Test
    void everyProblemOfARowIsReportedNotOnlyTheFirst() {
        String csv = HEADER + ",1 Street,95,-0.1,bowling,castle,-5,Nobody Ltd,,,not-an-address,\n";

        ImportRow row = CsvSiteFile.read(csv.getBytes(StandardCharsets.UTF_8)).get(0);

        assertThat(reasons(row))
                .containsExactly(
                        "name is required",
                        "latitude 95 is outside -90 to 90",
                        "sector 'bowling' is not in the catalogue; use one of: stadia-arenas, places-of-worship",
                        "use type 'castle' is unknown; use one of: " + String.join(", ", useCodes()),
                        "capacity -5 is negative",
                        "organisation 'Nobody Ltd' is not a partner organisation; add it to the partner directory"
                                + " first, or leave the column empty",
                        "contact e-mail 'not-an-address' is not a valid address");
    }

    @Test
    void namesOfSectorsUseTypesAndOrganisationsAreAcceptedAsWellAsCodes() {
        String csv = HEADER + "Hall,1 Street,\"51,5\",-0.1,Stadia and arenas,Place of worship,\"1,200\",arena co,,,,\n";

        SiteInputs.Result result = inputs.check(
                CsvSiteFile.read(csv.getBytes(StandardCharsets.UTF_8)).get(0).input());

        assertThat(result.problems()).isEmpty();
        assertThat(result.details().sectorCode()).isEqualTo("stadia-arenas");
        assertThat(result.details().useType()).isEqualTo(UseType.PLACE_OF_WORSHIP);
        assertThat(result.details().capacity()).isEqualTo(1200);
        assertThat(result.details().location().latitude()).isEqualTo(51.5);
        assertThat(result.details().organisationId()).isEqualTo(ARENA_CO.id());
    }

    @Test
    void semicolonSeparatedWindowsFilesFromSpreadsheetsAreRead() {
        String csv = HEADER.replace(',', ';') + "Théâtre;1 Rue;48,85;2,35;stadia-arenas;theatre;300;;;;;\n";

        List<ImportRow> rows = CsvSiteFile.read(csv.getBytes(Charset.forName("windows-1252")));

        assertThat(rows.get(0).input().name()).isEqualTo("Théâtre");
        assertThat(inputs.check(rows.get(0).input()).problems()).isEmpty();
    }

    @Test
    void aRowWithTooFewValuesIsReportedWithBothCounts() {
        String csv = HEADER + "Hall,1 Street,51.5,-0.1\n";

        ImportRow row = CsvSiteFile.read(csv.getBytes(StandardCharsets.UTF_8)).get(0);

        assertThat(row.readProblems()).hasSize(1);
        assertThat(messages.getMessage(row.readProblems().get(0), Locale.ENGLISH))
                .isEqualTo("the row has 4 values but the header has 12; check for a missing or extra separator");
    }

    @Test
    void aHeaderWithoutRequiredColumnsRejectsTheWholeFileNamingThem() {
        String csv = "name,address,lat,lon\nHall,1 Street,51.5,-0.1\n";

        assertThatThrownBy(() -> CsvSiteFile.read(csv.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ImportFileProblem.class)
                .hasMessageContaining("sector, use_type, capacity");
    }

    @Test
    void anUnclosedQuoteRejectsTheFileNamingTheLine() {
        String csv = HEADER + "Hall,1 Street,51.5,-0.1,stadia-arenas,arena,100,,,,,\n\"Broken,2 Street\n";

        assertThatThrownBy(() -> CsvSiteFile.read(csv.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ImportFileProblem.class)
                .hasMessageContaining("not valid CSV near line");
    }

    @Test
    void geoJsonFeaturesAreNumberedFromOneAndTakeTheirPositionFromThePoint() {
        String json = """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","geometry":{"type":"Point","coordinates":[-0.1,51.5]},
                  "properties":{"name":"Hall","address":"1 Street","sector":"stadia-arenas","useType":"arena","capacity":900}},
                 {"type":"Feature","geometry":{"type":"Polygon","coordinates":[]},"properties":{"name":"Area"}},
                 {"type":"Feature","geometry":null,"properties":{"name":"Nowhere"}},
                 {"type":"Feature","geometry":{"type":"Point","coordinates":[-0.1,51.5]},
                  "properties":{"name":"Half","address":"2 Street","sector":"stadia-arenas","use_type":"arena","capacity":12.5}}
                ]}""";

        List<ImportRow> rows = GeoJsonSiteFile.read(
                json.getBytes(StandardCharsets.UTF_8), JsonMapper.builder().build());

        assertThat(rows).extracting(ImportRow::position).containsExactly(1, 2, 3, 4);
        SiteInputs.Result first = inputs.check(rows.get(0).input());
        assertThat(first.problems()).isEmpty();
        assertThat(first.details().location().longitude()).isEqualTo(-0.1);
        assertThat(first.details().capacity()).isEqualTo(900);
        assertThat(messages.getMessage(rows.get(1).readProblems().get(0), Locale.ENGLISH))
                .isEqualTo("the geometry is a Polygon; only Point is accepted");
        assertThat(messages.getMessage(rows.get(2).readProblems().get(0), Locale.ENGLISH))
                .isEqualTo("the feature has no geometry; give a Point with [longitude, latitude]");
        assertThat(reasons(rows.get(3))).containsExactly("capacity '12.5' is not a whole number");
    }

    @Test
    void jsonThatIsNotGeoJsonRejectsTheFile() {
        assertThatThrownBy(() -> GeoJsonSiteFile.read(
                        "[1,2]".getBytes(StandardCharsets.UTF_8),
                        JsonMapper.builder().build()))
                .isInstanceOf(ImportFileProblem.class)
                .hasMessageContaining("not a GeoJSON FeatureCollection");
        assertThatThrownBy(() -> GeoJsonSiteFile.read(
                        "{\"type\":".getBytes(StandardCharsets.UTF_8),
                        JsonMapper.builder().build()))
                .isInstanceOf(ImportFileProblem.class)
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void operatorsCanOnlyNameTheirOwnOrganisationAndGetItWhenTheyNameNone() {
        UUID own = UUID.randomUUID();
        OrganisationSummary mine = new OrganisationSummary(own, "Mine", OrganisationKind.PRIVATE, "Centre", "APPROVED");
        SiteInputs operatorInputs = new SiteInputs(SECTORS, List.of(ARENA_CO, mine), operatorOf(own));
        SiteInput blank = new SiteInput(
                "Hall", "1 Street", "51.5", "-0.1", "stadia-arenas", "arena", "10", "", null, null, null, null);
        SiteInput other = new SiteInput(
                "Hall", "1 Street", "51.5", "-0.1", "stadia-arenas", "arena", "10", "Arena Co", null, null, null, null);

        assertThat(operatorInputs.check(blank).details().organisationId()).isEqualTo(own);
        assertThat(operatorInputs.check(other).problems())
                .extracting(FieldProblem::code)
                .containsExactly("sites.error.organisation.notYours");
    }

    private List<String> reasons(ImportRow row) {
        return inputs.check(row.input()).problems().stream()
                .map(problem -> messages.getMessage(problem, Locale.ENGLISH))
                .toList();
    }

    private static List<String> useCodes() {
        return java.util.Arrays.stream(UseType.values()).map(UseType::code).toList();
    }

    static SiteAccess coordinator() {
        return SiteAccess.of(
                BulwarkUser.of(UUID.randomUUID(), "coordinator", "Casey", Role.COORDINATOR), directory(null));
    }

    static SiteAccess operatorOf(UUID organisation) {
        return SiteAccess.of(
                BulwarkUser.of(UUID.randomUUID(), "operator", "Olu", Role.OPERATOR), directory(organisation));
    }

    private static PartnerDirectory directory(UUID organisationOfAccount) {
        return (PartnerDirectory) java.lang.reflect.Proxy.newProxyInstance(
                PartnerDirectory.class.getClassLoader(),
                new Class<?>[] {PartnerDirectory.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("organisationOfAccount")) {
                        return java.util.Optional.ofNullable(organisationOfAccount);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
