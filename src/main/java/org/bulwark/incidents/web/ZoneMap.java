package org.bulwark.incidents.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.bulwark.geo.GeoJson;
import org.bulwark.incidents.Incident;
import org.bulwark.incidents.IncidentZone;
import org.springframework.context.MessageSource;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** An incident's zones on the pages' maps: numbered in the order they were drawn, and labelled with their kind. */
final class ZoneMap {

    private ZoneMap() {}

    /** Each zone's number, from 1, in the order of the incident's zones. */
    static Map<UUID, Integer> numbers(Incident incident) {
        Map<UUID, Integer> numbers = new LinkedHashMap<>();
        for (IncidentZone zone : incident.zones()) {
            numbers.put(zone.id(), numbers.size() + 1);
        }
        return numbers;
    }

    /** A FeatureCollection holding the zones; the caller may add more features to its {@code features}. */
    static ObjectNode collection(Incident incident, MessageSource messages, Locale locale) {
        Map<UUID, Integer> numbers = numbers(incident);
        ObjectNode collection = JsonNodeFactory.instance.objectNode();
        collection.put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        for (IncidentZone zone : incident.zones()) {
            ObjectNode feature = GeoJson.writeZone(zone.zone());
            ObjectNode properties = (ObjectNode) feature.get("properties");
            properties.put("role", "zone");
            properties.put("zoneKind", zone.kind().name());
            properties.put(
                    "label",
                    messages.getMessage(
                            "incidents.zone.label",
                            new Object[] {
                                numbers.get(zone.id()),
                                messages.getMessage(zone.kind().messageKey(), null, locale)
                            },
                            locale));
            features.add(feature);
        }
        return collection;
    }
}
