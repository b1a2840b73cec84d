// Site registry pages: map of sites, map picker of the site form, small map of a site, delete confirmation.
(function () {
  'use strict';

  var TIERS = ['ENHANCED', 'STANDARD', 'OUT_OF_SCOPE'];
  var FOCUS_ZOOM = 17;

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form.hasAttribute && form.hasAttribute('data-confirm') && !window.confirm(form.getAttribute('data-confirm'))) {
      event.preventDefault();
    }
  });

  function baseMap(element, center, zoom) {
    // clustering needs a maximum zoom, which would otherwise only come from a tile layer
    var map = L.map(element, { preferCanvas: false, maxZoom: 19 }).setView(center, zoom);
    var tileUrl = element.getAttribute('data-tile-url');
    // without a tile server the map keeps its plain background and still shows every site
    if (tileUrl) {
      L.tileLayer(tileUrl, { maxZoom: 19, attribution: element.getAttribute('data-tile-attribution') || '' }).addTo(map);
    }
    return map;
  }

  function number(value, fallback) {
    var parsed = parseFloat(String(value || '').replace(',', '.'));
    return isNaN(parsed) ? fallback : parsed;
  }

  // icon markers rather than circle markers: clustering can only reveal and open layers that have an icon;
  // the colour comes from a CSS class because the Content-Security-Policy forbids inline styles
  function marker(latlng, tier) {
    var known = TIERS.indexOf(tier) >= 0 ? tier : 'OUT_OF_SCOPE';
    var icon = L.divIcon({ className: 'site-marker site-marker-' + known.toLowerCase(), iconSize: [16, 16] });
    return L.marker(latlng, { icon: icon, keyboard: true });
  }

  function single(element) {
    var point = [number(element.getAttribute('data-lat'), 0), number(element.getAttribute('data-lng'), 0)];
    var map = baseMap(element, point, 16);
    marker(point, element.getAttribute('data-tier')).addTo(map);
  }

  // other sites as small grey dots, so that a map without tiles still shows where things are
  function references(map, url) {
    if (!url) {
      return;
    }
    var layer = L.layerGroup().addTo(map);
    var renderer = L.canvas();
    function load() {
      var b = map.getBounds();
      var params = new URLSearchParams();
      params.set('bbox', [Math.max(-180, b.getWest()), Math.max(-90, b.getSouth()), Math.min(180, b.getEast()), Math.min(90, b.getNorth())].join(','));
      fetch(url + '?' + params.toString(), { headers: { Accept: 'application/geo+json' }, credentials: 'same-origin' })
        .then(function (response) {
          return response.ok ? response.json() : null;
        })
        .then(function (data) {
          if (!data) {
            return;
          }
          layer.clearLayers();
          data.features.forEach(function (feature) {
            var c = feature.geometry.coordinates;
            L.circleMarker([c[1], c[0]], {
              renderer: renderer, radius: 3, weight: 1, color: '#6c757d', fillOpacity: 0.4, interactive: false
            }).addTo(layer);
          });
        })
        .catch(function (error) {
          window.console.error('the map could not show the other sites', error);
        });
    }
    map.on('moveend', load);
    load();
  }

  function picker(element) {
    var latitude = document.getElementById('latitude');
    var longitude = document.getElementById('longitude');
    var center = [number(element.getAttribute('data-center-lat'), 51.5), number(element.getAttribute('data-center-lng'), -0.12)];
    var lat = number(latitude.value, NaN);
    var lng = number(longitude.value, NaN);
    var known = !isNaN(lat) && !isNaN(lng) && Math.abs(lat) <= 90 && Math.abs(lng) <= 180;
    var map = baseMap(element, known ? [lat, lng] : center, known ? 16 : number(element.getAttribute('data-zoom'), 12));
    references(map, element.getAttribute('data-geojson-url'));
    var pin = null;

    function place(latlng) {
      if (pin) {
        pin.setLatLng(latlng);
      } else {
        pin = L.marker(latlng, { draggable: true, keyboard: true }).addTo(map);
        pin.on('dragend', function () {
          write(pin.getLatLng());
        });
      }
    }

    function write(latlng) {
      latitude.value = latlng.lat.toFixed(6);
      longitude.value = L.Util.wrapNum(latlng.lng, [-180, 180], true).toFixed(6);
    }

    if (known) {
      place([lat, lng]);
    }
    map.on('click', function (event) {
      place(event.latlng);
      write(event.latlng);
    });

    function typed() {
      var a = number(latitude.value, NaN);
      var b = number(longitude.value, NaN);
      if (!isNaN(a) && !isNaN(b) && Math.abs(a) <= 90 && Math.abs(b) <= 180) {
        place([a, b]);
        map.panTo([a, b]);
      }
    }
    latitude.addEventListener('change', typed);
    longitude.addEventListener('change', typed);
  }

  function collection(element) {
    var map = baseMap(
      element,
      [number(element.getAttribute('data-center-lat'), 51.5), number(element.getAttribute('data-center-lng'), -0.12)],
      number(element.getAttribute('data-zoom'), 12)
    );
    var reopenAfterLoad = null;
    var clusters = L.markerClusterGroup({
      chunkedLoading: true,
      showCoverageOnHover: false,
      // at street level every site stands on its own, so a focused site can always be opened
      disableClusteringAtZoom: FOCUS_ZOOM,
      chunkProgress: function (processed, total) {
        if (processed === total && reopenAfterLoad) {
          var wanted = reopenAfterLoad;
          reopenAfterLoad = null;
          // after the last chunk returns: only then are the clusters complete
          window.setTimeout(function () {
            if (clusters.hasLayer(wanted) && clusters.getVisibleParent(wanted) === wanted) {
              wanted.openPopup();
            }
          }, 0);
        }
      }
    });
    map.addLayer(clusters);
    var url = element.getAttribute('data-geojson-url');
    var openLabel = element.getAttribute('data-open-label');
    var capacityLabel = element.getAttribute('data-capacity-label');
    var count = document.getElementById('map-count');
    var truncated = document.getElementById('map-truncated');
    var filters = document.getElementById('map-filters');
    var first = true;
    var request = 0;
    // /map?focus=<site id> opens that site's popup once the markers are in, e.g. from a site page
    var focus = new URLSearchParams(window.location.search).get('focus');
    // the markers are rebuilt after every move, so an open popup is reopened on its rebuilt marker
    var openId = null;
    map.on('popupopen', function (event) {
      openId = event.popup._source ? event.popup._source.featureId : null;
    });
    map.on('popupclose', function () {
      openId = null;
    });
    var timer = null;

    function popup(properties) {
      var box = document.createElement('div');
      var title = document.createElement('a');
      title.href = properties.url;
      title.className = 'fw-semibold d-block';
      title.textContent = properties.name;
      var detail = document.createElement('span');
      detail.className = 'd-block small';
      detail.textContent = properties.tierName + ' · ' + properties.useType + ' · ' + capacityLabel + ' ' + properties.capacity;
      var open = document.createElement('a');
      open.href = properties.url;
      open.className = 'small';
      open.textContent = openLabel;
      box.appendChild(title);
      box.appendChild(detail);
      box.appendChild(open);
      return box;
    }

    function load() {
      var params = new URLSearchParams(new FormData(filters));
      if (!first) {
        var b = map.getBounds();
        params.set('bbox', [Math.max(-180, b.getWest()), Math.max(-90, b.getSouth()), Math.min(180, b.getEast()), Math.min(90, b.getNorth())].join(','));
      }
      var mine = ++request;
      fetch(url + '?' + params.toString(), { headers: { Accept: 'application/geo+json' }, credentials: 'same-origin' })
        .then(function (response) {
          if (!response.ok) {
            throw new Error('HTTP ' + response.status);
          }
          return response.json();
        })
        .then(function (data) {
          if (mine !== request) {
            return;
          }
          var reopen = openId;
          clusters.clearLayers();
          var focused = null;
          var reopened = null;
          var layers = data.features.map(function (feature) {
            var c = feature.geometry.coordinates;
            var m = marker([c[1], c[0]], feature.properties.tier);
            m.bindPopup(popup(feature.properties));
            m.featureId = feature.id;
            if (focus && feature.id === focus) {
              focused = m;
            }
            if (reopen && feature.id === reopen) {
              reopened = m;
            }
            return m;
          });
          reopenAfterLoad = reopened;
          clusters.addLayers(layers);
          if (count) {
            count.textContent = count.getAttribute('data-template').replace('{0}', String(layers.length));
          }
          if (truncated) {
            truncated.classList.toggle('d-none', !data.truncated);
          }
          if (first && layers.length > 0 && !focused) {
            first = false;
            // from the markers themselves: the cluster layer is still adding them in chunks
            map.fitBounds(L.latLngBounds(layers.map(function (m) { return m.getLatLng(); })), { maxZoom: 15, padding: [20, 20] });
          }
          first = false;
          if (focused) {
            // zooming in reloads the markers, and the reload opens the focused one
            focus = null;
            openId = focused.featureId;
            var target = focused.getLatLng();
            if (map.getZoom() === FOCUS_ZOOM && map.getCenter().equals(target)) {
              window.setTimeout(function () {
                focused.openPopup();
              }, 0);
            } else {
              map.setView(target, FOCUS_ZOOM);
            }
          }
        })
        .catch(function (error) {
          window.console.error('the map could not show the sites', error);
          if (count) {
            count.textContent = '';
          }
        });
    }

    map.on('moveend', function () {
      if (first) {
        return;
      }
      window.clearTimeout(timer);
      timer = window.setTimeout(load, 250);
    });
    filters.addEventListener('change', function () {
      load();
    });
    load();
  }

  var element = document.getElementById('site-map');
  if (element && window.L) {
    var mode = element.getAttribute('data-mode');
    if (mode === 'single') {
      single(element);
    } else if (mode === 'picker') {
      picker(element);
    } else if (mode === 'collection') {
      collection(element);
    }
  }
})();
