// The live operations picture of an incident: its zones, and its affected sites coloured and marked by their answer
// to the roll-call. Live updates name what changed; the page fetches only that: the answers of the sites named, and
// the counts, unanswered list and timeline as fragments, at most once a second however many answers arrive.
(function () {
  'use strict';

  var ZONE_COLOURS = { CORDON: '#dc3545', INNER: '#fd7e14', OUTER: '#ffc107', AVOID: '#6f42c1' };
  var EVENT = 'incident-update';
  var SETTLE_MILLIS = 1000;

  function number(value, fallback) {
    var parsed = parseFloat(String(value || ''));
    return isNaN(parsed) ? fallback : parsed;
  }

  // the legend names each answer in the page's language and gives its symbol
  function legend() {
    var found = {};
    document.querySelectorAll('#legend [data-status]').forEach(function (item) {
      var name = item.querySelector('.status-name');
      found[item.getAttribute('data-status')] = {
        symbol: item.getAttribute('data-symbol') || '?',
        name: name ? name.textContent : item.getAttribute('data-status')
      };
    });
    return found;
  }

  function Picture(element) {
    this.element = element;
    this.cues = legend();
    this.markers = {};
    this.pendingSites = {};
    this.refreshReports = false;
    this.refreshAll = false;
    this.timer = null;
    var center = [number(element.getAttribute('data-center-lat'), 0), number(element.getAttribute('data-center-lng'), 0)];
    this.map = L.map(element, { maxZoom: 19 }).setView(center, number(element.getAttribute('data-zoom'), 12));
    var tileUrl = element.getAttribute('data-tile-url');
    if (tileUrl) {
      L.tileLayer(tileUrl, { maxZoom: 19, attribution: element.getAttribute('data-tile-attribution') || '' }).addTo(this.map);
    }
    this.zones = L.layerGroup().addTo(this.map);
    var self = this;
    this.sites = L.markerClusterGroup({
      chunkedLoading: true,
      showCoverageOnHover: false,
      disableClusteringAtZoom: 17,
      // a cluster shows how many sites it holds, and turns red when one of them needs help
      iconCreateFunction: function (cluster) {
        var help = cluster.getAllChildMarkers().some(function (m) { return m.options.status === 'NEEDS_HELP'; });
        var count = cluster.getChildCount();
        var size = count < 100 ? 34 : count < 1000 ? 42 : 50;
        var label = document.createElement('span');
        label.textContent = help ? count + ' !' : String(count);
        return L.divIcon({
          html: label.outerHTML,
          className: 'rollcall-cluster' + (help ? ' rollcall-cluster-help' : ''),
          iconSize: [size, size]
        });
      }
    }).addTo(this.map);
    this.drawZones(JSON.parse(element.getAttribute('data-zones') || '{"features":[]}'), true);
    this.loadSites(null, true);
  }

  Picture.prototype.cue = function (status) {
    return this.cues[status || 'UNANSWERED'] || { symbol: '?', name: status || '' };
  };

  Picture.prototype.icon = function (status) {
    var span = document.createElement('span');
    span.className = 'status-marker status-' + (status || 'UNANSWERED');
    span.textContent = this.cue(status).symbol;
    return L.divIcon({ html: span.outerHTML, className: '', iconSize: [22, 22] });
  };

  Picture.prototype.drawZones = function (data, fit) {
    this.zones.clearLayers();
    var bounds = L.latLngBounds([]);
    var self = this;
    (data.features || []).forEach(function (feature) {
      var props = feature.properties || {};
      var colour = ZONE_COLOURS[props.zoneKind] || '#6c757d';
      var geometry = feature.geometry || feature;
      var layer;
      if (geometry.type === 'Point' && props.radius) {
        var c = geometry.coordinates;
        layer = L.circle([c[1], c[0]], { radius: props.radius, color: colour, weight: 2, fillOpacity: 0.08 });
      } else {
        layer = L.geoJSON(feature, { style: { color: colour, weight: 2, fillOpacity: 0.08 } });
      }
      var label = document.createElement('span');
      label.textContent = props.label || '';
      layer.bindTooltip(label);
      layer.addTo(self.zones);
      bounds.extend(layer.getBounds());
    });
    if (fit && bounds.isValid()) {
      this.map.fitBounds(bounds, { maxZoom: 16, padding: [20, 20] });
    }
  };

  // rows are [id, name, latitude, longitude, status]; with ids given, only those sites are fetched and redrawn
  Picture.prototype.loadSites = function (ids, all) {
    var url = this.element.getAttribute('data-sites-url');
    if (ids && ids.length) {
      url += '?' + ids.map(function (id) { return 'site=' + encodeURIComponent(id); }).join('&');
    }
    var self = this;
    return fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(function (rows) {
        if (all) {
          self.sites.clearLayers();
          self.markers = {};
        }
        var added = [];
        rows.forEach(function (row) { 
          var marker = self.show(row);
          if (marker) {
            added.push(marker);
          }
        });
        if (added.length) {
          self.sites.addLayers(added);
        }
      });
  };

  Picture.prototype.show = function (row) {
    var id = row[0];
    var status = row[4];
    var title = row[1] + ': ' + this.cue(status).name;
    var existing = this.markers[id];
    if (existing) {
      existing.options.status = status;
      existing.setIcon(this.icon(status));
      if (existing.getElement()) {
        existing.getElement().setAttribute('title', title);
        existing.getElement().setAttribute('data-status', status || 'UNANSWERED');
      }
      existing.options.title = title;
      this.sites.refreshClusters(existing);
      return null;
    }
    var marker = L.marker([row[2], row[3]], { icon: this.icon(status), title: title, status: status });
    marker.on('add', function () {
      if (marker.getElement()) {
        marker.getElement().setAttribute('data-site', id);
        marker.getElement().setAttribute('data-status', marker.options.status || 'UNANSWERED');
      }
    });
    this.markers[id] = marker;
    return marker;
  };

  // many answers in a burst become one fetch of the sites named and one refresh of each fragment
  Picture.prototype.changed = function (detail) {
    if (detail.change === 'status' && detail.site) {
      this.pendingSites[detail.site] = true;
    } else if (detail.change === 'report') {
      this.refreshReports = true;
    } else if (detail.change === 'zone' || detail.change === 'closed') {
      this.refreshAll = true;
    }
    var self = this;
    if (!this.timer) {
      this.timer = window.setTimeout(function () { self.settle(); }, SETTLE_MILLIS);
    }
  };

  Picture.prototype.settle = function () {
    this.timer = null;
    var ids = Object.keys(this.pendingSites);
    var all = this.refreshAll;
    var reports = this.refreshReports;
    this.pendingSites = {};
    this.refreshAll = false;
    this.refreshReports = false;
    var self = this;
    if (all) {
      fetch(this.element.getAttribute('data-zones-url'), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (data) { if (data) { self.drawZones(data, false); } });
      this.loadSites(null, true);
    } else if (ids.length) {
      // a burst larger than one request carries is read whole instead
      this.loadSites(ids.length > 400 ? null : ids, ids.length > 400);
    }
    if (window.htmx) {
      window.htmx.trigger(document.body, 'rollcall-refresh');
      if (reports || all) {
        window.htmx.trigger(document.body, 'rollcall-reports');
      }
    }
    var state = document.getElementById('live-state');
    if (state) {
      state.textContent = (state.getAttribute('data-updated') || '') + ' ' + new Date().toLocaleTimeString();
    }
  };

  document.addEventListener('DOMContentLoaded', function () {
    var element = document.getElementById('operations-map');
    var content = document.getElementById('content');
    if (!element || !window.L || !content) {
      return;
    }
    var incident = content.getAttribute('data-incident');
    var picture = new Picture(element);
    window.bulwarkOperations = picture;
    var source = window.bulwarkLive;
    if (!source) {
      return;
    }
    source.addEventListener(EVENT, function (message) {
      var detail;
      try {
        detail = JSON.parse(message.data);
      } catch (e) {
        return;
      }
      if (detail && detail.incident === incident) {
        picture.changed(detail);
      }
    });
    // after a dropped connection, what happened meanwhile was not announced: read everything again
    var opened = source.readyState === 1;
    source.addEventListener('open', function () {
      if (opened) {
        picture.changed({ change: 'zone' });
        picture.changed({ change: 'report' });
      }
      opened = true;
    });
  });
})();
