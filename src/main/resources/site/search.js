// Filters the list of claims as the reader types: every word typed must appear in a claim's text or keywords.
(function () {
  var input = document.getElementById('search');
  var items = Array.prototype.slice.call(document.querySelectorAll('ul.claims li'));
  var status = document.getElementById('search-status');
  function fold(text) {
    return text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ё/g, 'е');
  }
  var texts = items.map(function (li) { return fold(li.textContent + ' ' + (li.getAttribute('data-words') || '')); });
  function filter() {
    var words = fold(input.value).split(/\s+/).filter(function (w) { return w.length > 0; });
    var shown = 0;
    items.forEach(function (li, i) {
      var match = words.every(function (w) { return texts[i].indexOf(w) >= 0; });
      li.hidden = !match;
      if (match) { shown++; }
    });
    status.textContent = status.getAttribute('data-template').replace('%d', shown);
  }
  input.addEventListener('input', filter);
  filter();
})();
