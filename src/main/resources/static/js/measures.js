// Protective measures: confirmation before deleting from the catalogue, and the compliance map.
(function () {
  'use strict';

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form.hasAttribute && form.hasAttribute('data-confirm') && !window.confirm(form.getAttribute('data-confirm'))) {
      event.preventDefault();
    }
  });

  function colour(properties) {
    if (!properties.active) {
      return '#6c757d';
    }
    if (properties.percentInPlace >= 80) {
      return '#198754';
    }
    return properties.percentInPlace >= 50 ? '#fd7e14' : '#dc3545';
  }

  function text(value) {
    var span = document.createElement('span');
    span.textContent = value;
    return span;
  }

  function popup(element, properties) {
    var box = document.createElement('div');
    var title = document.createElement('strong');
    title.textContent = properties.name;
    box.appendChild(title);
    box.appendChild(document.createElement('br'));
    box.appendChild(text(properties.level));
    box.appendChild(document.createElement('br'));
    box.appendChild(text((element.getAttribute('data-share-label') || '') + ' ' + properties.percentInPlace + ' %'));
    box.appendChild(document.createElement('br'));
    box.appendChild(text((element.getAttribute('data-confirm-label') || '') + ': ' + properties.toConfirm));
    box.appendChild(document.createElement('br'));
    var link = document.createElement('a');
    link.href = element.getAttribute('data-checklist-url') + encodeURIComponent(properties.id) + '/measures';
    link.textContent = element.getAttribute('data-open-label') || '';
    box.appendChild(link);
    return box;
  }

  function complianceMap(element) {
    var center = [parseFloat(element.getAttribute('data-center-lat')) || 0, parseFloat(element.getAttribute('data-center-lng')) || 0];
    var map = L.map(element, { maxZoom: 19 }).setView(center, parseInt(element.getAttribute('data-zoom'), 10) || 12);
    var tileUrl = element.getAttribute('data-tile-url');
    // without a tile server the map keeps its plain background and still shows every site
    if (tileUrl) {
      L.tileLayer(tileUrl, { maxZoom: 19, attribution: element.getAttribute('data-tile-attribution') || '' }).addTo(map);
    }
    fetch(element.getAttribute('data-geojson-url'), { headers: { Accept: 'application/geo+json' }, credentials: 'same-origin' })
      .then(function (response) {
        return response.ok ? response.json() : null;
      })
      .then(function (data) {
        if (!data || !data.features.length) {
          return;
        }
        var bounds = [];
        data.features.forEach(function (feature) {
          var c = feature.geometry.coordinates;
          var latlng = [c[1], c[0]];
          bounds.push(latlng);
          // SVG markers (Leaflet's default): each is an element a person can tab to and a test can find
          L.circleMarker(latlng, {
            radius: 6, weight: 1, color: '#ffffff', fillColor: colour(feature.properties), fillOpacity: 0.9
          }).bindPopup(popup(element, feature.properties)).addTo(map);
        });
        map.fitBounds(bounds, { padding: [20, 20], maxZoom: 16 });
      })
      .catch(function (error) {
        window.console.error('the compliance map could not be loaded', error);
      });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var element = document.getElementById('measures-map');
    if (element) {
      complianceMap(element);
    }
  });
})();
