// Link the reader's marks with the side lists: hovering one lights up the other.
// Progressive enhancement only; every page works without it.
(function () {
  "use strict";
  function light(ref, on) {
    document.querySelectorAll("[data-ref], [data-refs]").forEach(function (el) {
      var refs = (el.getAttribute("data-refs") || el.getAttribute("data-ref") || "").split(" ");
      if (refs.indexOf(ref) >= 0) el.classList.toggle("lit", on);
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll(".side [data-ref]").forEach(function (el) {
      var ref = el.getAttribute("data-ref");
      el.addEventListener("mouseenter", function () { light(ref, true); });
      el.addEventListener("mouseleave", function () { light(ref, false); });
    });
    document.querySelectorAll("#article-text [data-refs]").forEach(function (el) {
      var refs = (el.getAttribute("data-refs") || "").split(" ").filter(Boolean);
      el.addEventListener("mouseenter", function () { refs.forEach(function (r) { light(r, true); }); });
      el.addEventListener("mouseleave", function () { refs.forEach(function (r) { light(r, false); }); });
    });
  });
})();
