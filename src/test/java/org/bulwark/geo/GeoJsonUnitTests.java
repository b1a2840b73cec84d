package org.bulwark.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class GeoJsonUnitTests {

    private static final String SQUARE =
            "{\"type\":\"Polygon\",\"coordinates\":[[[2.0,48.0],[3.0,48.0],[3.0,49.0]," + "[2.0,49.0],[2.0,48.0]]]}";

    @Test
    void readsAPolygonGeometryAFeatureAndAOneFeatureCollection() {
        Zone geometry = GeoJson.readZone(SQUARE);
        Zone feature = GeoJson.readZone("{\"type\":\"Feature\",\"properties\":null,\"geometry\":" + SQUARE + "}");
        Zone collection = GeoJson.readZone("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                + "\"properties\":{},\"geometry\":" + SQUARE + "}]}");
        assertThat(geometry).isInstanceOf(Zone.Polygon.class).isEqualTo(feature).isEqualTo(collection);
        assertThat(geometry.contains(new GeoPoint(48.5, 2.5))).isTrue();
        assertThat(((Zone.Polygon) geometry).outer()).startsWith(new GeoPoint(48, 2));
    }

    @Test
    void readsACircleFromAPointFeatureWithARadiusInMetres() {
        Zone circle = GeoJson.readZone("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":"
                + "[2.35, 48.85]},\"properties\":{\"radius\":250}}");
        Zone alsoCircle = GeoJson.readZone("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":"
                + "[2.35, 48.85, 35]},\"properties\":{\"radiusMetres\":250.0}}");
        assertThat(circle)
                .isEqualTo(new Zone.Circle(new GeoPoint(48.85, 2.35), 250))
                .isEqualTo(alsoCircle);
    }

    @Test
    void writesACircleAsAPointFeatureWithItsRadiusAndReadsItBack() {
        Zone.Circle circle = Zone.circle(new GeoPoint(-33.8568, 151.2153), 1_500);
        ObjectNode json = GeoJson.writeZone(circle);
        assertThat(json.toString())
                .isEqualTo(
                        "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[151.2153,-33.8568]},"
                                + "\"properties\":{\"kind\":\"circle\",\"radius\":1500.0}}");
        assertThat(GeoJson.readZone(json)).isEqualTo(circle);
    }

    @Test
    void writesAPolygonCounterClockwiseWithClockwiseHolesAndReadsItBack() {
        // given clockwise, with a counter-clockwise hole
        Zone.Polygon polygon = new Zone.Polygon(
                ZoneUnitTests.ring(0, 0, 2, 0, 2, 2, 0, 2),
                List.of(ZoneUnitTests.ring(0.5, 0.5, 0.5, 1, 1, 1, 1, 0.5)));
        ObjectNode json = GeoJson.writeZone(polygon);
        assertThat(json.path("properties").path("kind").asString()).isEqualTo("polygon");
        assertThat(json.path("geometry").path("coordinates").get(0).toString())
                .isEqualTo("[[0.0,0.0],[2.0,0.0],[2.0,2.0],[0.0,2.0],[0.0,0.0]]");
        assertThat(json.path("geometry").path("coordinates").get(1).toString())
                .isEqualTo("[[0.5,0.5],[0.5,1.0],[1.0,1.0],[1.0,0.5],[0.5,0.5]]");
        Zone back = GeoJson.readZone(json.toString());
        for (GeoPoint probe : List.of(new GeoPoint(1.5, 1.5), new GeoPoint(0.75, 0.75), new GeoPoint(3, 3))) {
            assertThat(back.contains(probe)).isEqualTo(polygon.contains(probe));
        }
    }

    @Test
    void writesAPolygonAcrossTheAntimeridianWithPlainLongitudes() {
        Zone.Polygon pacific = Zone.polygon(ZoneUnitTests.ring(-10, 179, -8, 179, -8, -179, -10, -179));
        String json = GeoJson.writeZone(pacific).toString();
        assertThat(json).contains("[-179.0,-10.0]").doesNotContain("181");
        assertThat(GeoJson.readZone(json).contains(new GeoPoint(-9, 180))).isTrue();
    }

    @Test
    void explainsWhatIsWrongWithAZone() {
        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        GeoJson.readZone("{\"type\":\"Polygon\",\"coordinates\":[[[2,48],[3,48],[3,49],[2,49]]]}"))
                .withMessage("polygon ring 1 (outer ring) is not closed: first position [2, 48] differs from last"
                        + " [2, 49]; repeat the first position at the end");
        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        GeoJson.readZone("{\"type\":\"Polygon\",\"coordinates\":[[[2,48],[3,48],[3,95],[2,48]]]}"))
                .withMessage("position 3 of polygon ring 1 [3,95]: latitude must be between -90 and 90, was 95.0"
                        + " (GeoJSON positions are [longitude, latitude])");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GeoJson.readZone("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\","
                        + "\"coordinates\":[2,48]},\"properties\":{}}"))
                .withMessageStartingWith("a circle zone needs its radius in metres as properties.radius");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GeoJson.readZone("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\","
                        + "\"coordinates\":[2,48]},\"properties\":{\"radius\":\"2km\"}}"))
                .withMessage("properties.radius must be a number of metres, was \"2km\"");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GeoJson.readZone("{\"type\":\"Point\",\"coordinates\":[2,48]}"))
                .withMessageStartingWith("a Point alone is not a zone");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GeoJson.readZone("{\"type\":\"FeatureCollection\",\"features\":[]}"))
                .withMessageStartingWith("a zone FeatureCollection must hold exactly one Feature, it holds 0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GeoJson.readZone("{\"type\":\"MultiPolygon\",\"coordinates\":[]}"))
                .withMessageStartingWith("MultiPolygon zones are not supported");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GeoJson.readZone("{\"type\":\"Polygon\""))
                .withMessageStartingWith("zone is not valid JSON");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GeoJson.readZone("[1,2]"))
                .withMessageStartingWith("zone must be a GeoJSON object");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GeoJson.readZone("{\"type\":\"Polygon\",\"coordinates\":[[[2,\"48\"]]]}"))
                .withMessageStartingWith("position 1 of polygon ring 1 must hold numbers");
    }
}
