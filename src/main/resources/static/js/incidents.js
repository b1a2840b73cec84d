// Incident maps: the zones and affected sites of an incident, and the zone being drawn. A click on the map sets the
// centre of a circle zone; the radius field sets its size; pasted GeoJSON is previewed instead when it parses.
(function () {
  'use strict';

  var COLOURS = { CORDON: '#dc3545', INNER: '#fd7e14', OUTER: '#ffc107', AVOID: '#6f42c1' };

  function number(value, fallback) {
    var parsed = parseFloat(String(value || '').replace(',', '.'));
    return isNaN(parsed) ? fallback : parsed;
  }

  // a circle zone is a Point Feature with its radius in metres, as the geo kernel writes it
  function zoneLayer(feature, colour) {
    var props = feature.properties || {};
    var geometry = feature.geometry || feature;
    if (geometry.type === 'Point' && props.radius) {
      var c = geometry.coordinates;
      return L.circle([c[1], c[0]], { radius: props.radius, color: colour, weight: 2, fillOpacity: 0.15 });
    }
    return L.geoJSON(feature, { style: { color: colour, weight: 2, fillOpacity: 0.15 } });
  }

  function showIncident(map, data) {
    var bounds = L.latLngBounds([]);
    data.features.forEach(function (feature) {
      var props = feature.properties || {};
      var layer;
      if (props.role === 'site') {
        var c = feature.geometry.coordinates;
        layer = L.circleMarker([c[1], c[0]], { radius: 7, color: '#212529', weight: 1, fillColor: '#0d6efd', fillOpacity: 0.9 });
      } else {
        layer = zoneLayer(feature, COLOURS[props.zoneKind] || '#6c757d');
      }
      // textContent, never HTML, so that names cannot inject markup
      var label = document.createElement('span');
      label.textContent = props.label || '';
      layer.bindPopup(label);
      layer.addTo(map);
      bounds.extend(layer.getBounds ? layer.getBounds() : layer.getLatLng());
    });
    if (bounds.isValid()) {
      map.fitBounds(bounds, { maxZoom: 16, padding: [20, 20] });
    }
  }

  function drawing(map) {
    var latitude = document.getElementById('latitude');
    var longitude = document.getElementById('longitude');
    var radius = document.getElementById('radius');
    var geoJson = document.getElementById('geoJson');
    if (!latitude || !longitude || !radius || !geoJson) {
      return;
    }
    var preview = null;

    function redraw() {
      if (preview) {
        map.removeLayer(preview);
        preview = null;
      }
      var text = geoJson.value.trim();
      if (text) {
        try {
          preview = zoneLayer(JSON.parse(text), '#198754').addTo(map);
          map.fitBounds(preview.getBounds(), { maxZoom: 16 });
        } catch (e) {
          preview = null;
        }
        return;
      }
      var lat = number(latitude.value, NaN);
      var lng = number(longitude.value, NaN);
      var r = number(radius.value, 0);
      if (!isNaN(lat) && !isNaN(lng) && r > 0) {
        preview = L.circle([lat, lng], { radius: r, color: '#198754', weight: 2, dashArray: '6 4', fillOpacity: 0.1 }).addTo(map);
      }
    }

    map.on('click', function (event) {
      latitude.value = event.latlng.lat.toFixed(6);
      longitude.value = event.latlng.lng.toFixed(6);
      redraw();
    });
    [latitude, longitude, radius, geoJson].forEach(function (field) {
      field.addEventListener('input', redraw);
    });
    redraw();
  }

  function init(element) {
    var center = [number(element.getAttribute('data-center-lat'), 0), number(element.getAttribute('data-center-lng'), 0)];
    var map = L.map(element, { maxZoom: 19 }).setView(center, number(element.getAttribute('data-zoom'), 12));
    var tileUrl = element.getAttribute('data-tile-url');
    if (tileUrl) {
      L.tileLayer(tileUrl, { maxZoom: 19, attribution: element.getAttribute('data-tile-attribution') || '' }).addTo(map);
    }
    var zones = element.getAttribute('data-zones');
    if (zones) {
      showIncident(map, JSON.parse(zones));
    }
    drawing(map);
  }

  document.addEventListener('DOMContentLoaded', function () {
    var element = document.getElementById('incident-map');
    if (element && window.L) {
      init(element);
    }
  });
})();
