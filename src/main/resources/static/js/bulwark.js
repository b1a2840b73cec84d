// Sends the CSRF token with every htmx request; pages carry it in meta tags so that no inline script is needed.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.getAttribute('content')] = token.getAttribute('content');
  }
});

// Live updates: the server names what changed, pages fetch it themselves. Each event arrives as a DOM event
// 'bulwark:<name>' on document, its JSON data as detail, so that htmx can react with
// hx-trigger="bulwark:bulletin from:document". An event is only received when its name is listed here.
var BULWARK_LIVE_EVENTS = ['bulletin', 'notice', 'alert'];

(function () {
  var inbox = document.getElementById('inbox-link');
  // the inbox link is only shown to signed-in people; it also tells the application's path
  if (!inbox || !window.EventSource || window.bulwarkLive) {
    return;
  }
  var href = inbox.getAttribute('href') || '/inbox';
  var source = new EventSource(href.replace(/\/inbox$/, '') + '/live');
  window.bulwarkLive = source;
  BULWARK_LIVE_EVENTS.forEach(function (name) {
    source.addEventListener(name, function (message) {
      var detail = null;
      if (message.data) {
        try {
          detail = JSON.parse(message.data);
        } catch (e) {
          detail = message.data;
        }
      }
      document.dispatchEvent(new CustomEvent('bulwark:' + name, { detail: detail }));
    });
  });
})();

// A bulletin for the reader was published or revised while a page is open: say so in a corner, with a link to it.
document.addEventListener('bulwark:bulletin', function (event) {
  var toast = document.getElementById('bulletin-toast');
  var open = document.getElementById('bulletin-toast-open');
  if (!toast || !open || !window.bootstrap || !event.detail || event.detail.change !== 'published') {
    return;
  }
  open.setAttribute('href', open.getAttribute('data-base') + '/' + encodeURIComponent(event.detail.id));
  window.bootstrap.Toast.getOrCreateInstance(toast).show();
});

// Alerts to the sites of the signed-in person: a banner at the top of whatever page is open, for an alert sent while
// it is open (the live event 'alert') and for those of the last day when it opens. Each site of the banner has one
// button per status, which reports it at once.
(function () {
  var box = document.getElementById('alert-banners');
  var template = document.getElementById('alert-banner-template');
  var siteTemplate = document.getElementById('alert-banner-site');
  if (!box || !template || !siteTemplate || !window.fetch) {
    return;
  }
  var shown = {};

  function format(pattern, value) {
    return (pattern || '').replace('{0}', value);
  }

  function hidden(id) {
    try {
      return window.sessionStorage.getItem('bulwark-alert-hidden-' + id) !== null;
    } catch (e) {
      return false;
    }
  }

  function report(alert, site, button, result) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    var headers = { 'Content-Type': 'application/x-www-form-urlencoded' };
    if (token && header) {
      headers[header.getAttribute('content')] = token.getAttribute('content');
    }
    var url = box.getAttribute('data-status-base') + '/' + encodeURIComponent(alert.incident) + '/sites/'
        + encodeURIComponent(site.id) + '/status';
    fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: headers,
      body: 'status=' + encodeURIComponent(button.getAttribute('data-status'))
    }).then(function (response) {
      if (!response.ok) {
        throw new Error('status ' + response.status);
      }
      button.parentNode.querySelectorAll('button').forEach(function (other) {
        other.setAttribute('aria-pressed', other === button ? 'true' : 'false');
      });
      result.textContent = format(box.getAttribute('data-sent'), button.textContent);
    }).catch(function () {
      result.textContent = box.getAttribute('data-failed');
    });
  }

  function render(alert) {
    if (!alert || !alert.alert || shown[alert.alert] || hidden(alert.alert)) {
      return;
    }
    shown[alert.alert] = true;
    var banner = template.content.firstElementChild.cloneNode(true);
    banner.setAttribute('data-alert', alert.alert);
    banner.querySelector('.alert-banner-title').textContent = alert.title;
    banner.querySelector('.alert-banner-text').textContent = alert.text;
    banner.querySelector('.alert-banner-place').textContent = format(box.getAttribute('data-place'), alert.place);
    var list = banner.querySelector('.alert-banner-sites');
    (alert.sites || []).forEach(function (site) {
      var item = siteTemplate.content.firstElementChild.cloneNode(true);
      item.setAttribute('data-site', site.id);
      item.querySelector('.alert-banner-site-name').textContent = site.name;
      item.querySelector('[role="group"]').setAttribute('aria-label', site.name);
      var result = item.querySelector('.alert-banner-result');
      item.querySelectorAll('button[data-status]').forEach(function (button) {
        button.setAttribute('aria-pressed', 'false');
        button.addEventListener('click', function () {
          report(alert, site, button, result);
        });
      });
      list.appendChild(item);
    });
    if (alert.moreSites > 0) {
      banner.querySelector('.alert-banner-more').textContent = format(box.getAttribute('data-more'), alert.moreSites);
    }
    banner.querySelector('.alert-banner-close').addEventListener('click', function () {
      try {
        window.sessionStorage.setItem('bulwark-alert-hidden-' + alert.alert, '1');
      } catch (e) {
        // private browsing without storage: hidden on this page only
      }
      banner.remove();
    });
    box.insertBefore(banner, box.firstChild);
  }

  document.addEventListener('bulwark:alert', function (event) {
    render(event.detail);
  });
  fetch(box.getAttribute('data-active'), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(function (response) {
      return response.ok ? response.json() : [];
    })
    .then(function (alerts) {
      alerts.slice().reverse().forEach(render);
    })
    .catch(function () {
      // the banners of earlier alerts wait for the next page
    });
})();
