/* Progressive enhancement: turn each [data-map] element into a Leaflet map.
   The element names a <script type="application/json"> holding
   [{"lat": 43.3, "lon": 5.4, "label": "…", "url": "…"}, …]; the list beside it stays the
   accessible, JavaScript-free version. Tiles come from the settings, not from a CDN. */
(function () {
  "use strict";
  if (!window.L) return;
  document.querySelectorAll("[data-map]").forEach(function (element) {
    if (element.dataset.mapReady) return; // the script may be included by several maps
    element.dataset.mapReady = "true";
    var source = document.getElementById(element.dataset.mapPoints);
    if (!source) return;
    var points = JSON.parse(source.textContent);
    if (!points.length) return;
    var map = L.map(element, { scrollWheelZoom: false });
    L.tileLayer(element.dataset.tileUrl, {
      attribution: element.dataset.tileAttribution,
      maxZoom: 18,
    }).addTo(map);
    var markers = points.map(function (point) {
      var marker = L.marker([point.lat, point.lon], { title: point.label, alt: point.label });
      var popup = document.createElement(point.url ? "a" : "span");
      popup.textContent = point.label;
      if (point.url) popup.href = point.url;
      return marker.bindPopup(popup).addTo(map);
    });
    if (markers.length === 1) {
      map.setView(markers[0].getLatLng(), Number(element.dataset.zoom || 12));
    } else {
      map.fitBounds(L.featureGroup(markers).getBounds().pad(0.2));
    }
    element.hidden = false;
  });
})();
