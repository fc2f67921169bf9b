/* Progressive enhancement of the search form: fill its <datalist> with the titles that start
   with the words typed so far. Without JavaScript the form still submits as a plain GET. */
(function () {
  "use strict";
  var input = document.querySelector("input[data-suggest-url]");
  if (!input || !window.fetch) return;
  var list = document.getElementById(input.getAttribute("list"));
  var timer = null;
  var last = "";

  function fill(results) {
    list.replaceChildren.apply(list, results.map(function (result) {
      var option = document.createElement("option");
      option.value = result.title;
      return option;
    }));
  }

  function suggest() {
    var text = input.value.trim();
    if (text.length < 2 || text === last) return;
    last = text;
    var url = input.dataset.suggestUrl + "?q=" + encodeURIComponent(text);
    fetch(url, { credentials: "omit", headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : { results: [] }; })
      .then(function (data) { if (data.query === input.value.trim()) fill(data.results); })
      .catch(function () { /* suggestions are a convenience; the form still works */ });
  }

  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(suggest, 200);
  });
})();
