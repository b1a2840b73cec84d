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
var BULWARK_LIVE_EVENTS = ['bulletin', 'notice'];

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
