// Risk map: sites coloured by the highest residual risk band of their latest approved assessment.
(function () {
  'use strict';

  var COLOURS = { LOW: '#198754', MEDIUM: '#ffc107', HIGH: '#dc3545' };

  function number(value, fallback) {
    var parsed = parseFloat(String(value || '').replace(',', '.'));
    return isNaN(parsed) ? fallback : parsed;
  }

  // built with DOM nodes and textContent, never HTML strings, so that site names cannot inject markup
  function popup(properties) {
    var box = document.createElement('div');
    var link = document.createElement('a');
    link.href = properties.assessment;
    link.textContent = properties.name;
    var band = document.createElement('div');
    band.textContent = properties.bandLabel;
    box.appendChild(link);
    box.appendChild(band);
    return box;
  }

  function init(element) {
    var center = [number(element.getAttribute('data-center-lat'), 0), number(element.getAttribute('data-center-lng'), 0)];
    var map = L.map(element, { maxZoom: 19 }).setView(center, number(element.getAttribute('data-zoom'), 12));
    var tileUrl = element.getAttribute('data-tile-url');
    if (tileUrl) {
      L.tileLayer(tileUrl, { maxZoom: 19, attribution: element.getAttribute('data-tile-attribution') || '' }).addTo(map);
    }
    fetch(element.getAttribute('data-geojson-url'), { headers: { Accept: 'application/geo+json' }, credentials: 'same-origin' })
      .then(function (response) {
        return response.ok ? response.json() : null;
      })
      .then(function (data) {
        if (!data || !data.features || data.features.length === 0) {
          return;
        }
        var layer = L.geoJSON(data, {
          pointToLayer: function (feature, latlng) {
            var colour = COLOURS[feature.properties.band] || '#6c757d';
            return L.circleMarker(latlng, { radius: 9, color: '#212529', weight: 1, fillColor: colour, fillOpacity: 0.85 });
          },
          onEachFeature: function (feature, marker) {
            marker.bindPopup(popup(feature.properties));
          }
        }).addTo(map);
        map.fitBounds(layer.getBounds(), { maxZoom: 15, padding: [20, 20] });
      });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var element = document.getElementById('risk-map');
    if (element) {
      init(element);
    }
  });
})();
