// The alert form: choosing another action card fills in its title and text, which the coordinator then edits.
// Without this script, the "use this card" button reloads the page with the card filled in.
(function () {
  var card = document.getElementById('card');
  var title = document.getElementById('alert-title');
  var text = document.getElementById('alert-text');
  var use = document.getElementById('use-card');
  if (!card || !title || !text) {
    return;
  }
  if (use) {
    use.hidden = true;
  }
  card.addEventListener('change', function () {
    var option = card.options[card.selectedIndex];
    title.value = option.getAttribute('data-title') || '';
    text.value = option.getAttribute('data-text') || '';
  });
})();
