/* Progressive enhancement: turn each [data-map] element into a Leaflet map.
   The points come either from a <script type="application/json"> named by data-map-points,
   holding [{"lat": 43.3, "lon": 5.4, "label": "…", "url": "…"}, …], or from the GeoJSON
   FeatureCollection at data-map-source (points with label and url properties). The list
   beside the map stays the accessible, JavaScript-free version. Tiles come from the
   settings, not from a CDN. */
(function () {
  "use strict";
  if (!window.L) return;

  function inlinePoints(element) {
    var source = document.getElementById(element.dataset.mapPoints);
    return Promise.resolve(source ? JSON.parse(source.textContent) : []);
  }

  function geojsonPoints(url) {
    return fetch(url, { credentials: "omit", headers: { Accept: "application/geo+json" } })
      .then(function (response) { return response.ok ? response.json() : { features: [] }; })
      .then(function (collection) {
        return (collection.features || []).map(function (feature) {
          var coordinates = feature.geometry.coordinates; // [longitude, latitude]
          return {
            lat: coordinates[1],
            lon: coordinates[0],
            label: feature.properties.label,
            url: feature.properties.url,
          };
        });
      });
  }

  function draw(element, points) {
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
    element.hidden = false; // before fitting, so Leaflet measures a visible element
    map.invalidateSize();
    if (markers.length === 1) {
      map.setView(markers[0].getLatLng(), Number(element.dataset.zoom || 12));
    } else {
      map.fitBounds(L.featureGroup(markers).getBounds().pad(0.2));
    }
  }

  document.querySelectorAll("[data-map]").forEach(function (element) {
    if (element.dataset.mapReady) return; // the script may be included by several maps
    element.dataset.mapReady = "true";
    var url = element.dataset.mapSource;
    var points = url && window.fetch ? geojsonPoints(url) : inlinePoints(element);
    points
      .then(function (found) { draw(element, found); })
      .catch(function () { /* the list of places is still there */ });
  });
})();
