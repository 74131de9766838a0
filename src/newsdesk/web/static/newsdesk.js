// The reader's hover layer. Progressive enhancement only: without it every mark still has
// its native title tooltip, and every page works.
// 1. A mark's details (its title) show at once in a styled tooltip instead of the browser's
//    delayed one; the text is set with textContent, never parsed as HTML.
// 2. Hovering a mark lights up its entry in the side lists, and the other way round.
(function () {
  "use strict";

  function light(ref, on) {
    document.querySelectorAll("[data-ref], [data-refs]").forEach(function (el) {
      var refs = (el.getAttribute("data-refs") || el.getAttribute("data-ref") || "").split(" ");
      if (refs.indexOf(ref) >= 0) el.classList.toggle("lit", on);
    });
  }

  function tooltip() {
    var tip = document.createElement("div");
    tip.className = "tip";
    tip.setAttribute("role", "tooltip");
    tip.hidden = true;
    document.body.appendChild(tip);
    return tip;
  }

  function show(tip, el) {
    tip.textContent = el.getAttribute("data-tip");
    tip.hidden = false;
    var box = el.getBoundingClientRect();
    var left = Math.min(window.scrollX + box.left, window.scrollX + window.innerWidth - tip.offsetWidth - 12);
    tip.style.left = Math.max(8, left) + "px";
    var above = box.top - tip.offsetHeight - 8;  // above the mark, unless it would not fit
    tip.style.top = (window.scrollY + (above > 4 ? above : box.bottom + 6)) + "px";
  }

  document.addEventListener("DOMContentLoaded", function () {
    var text = document.getElementById("article-text");
    if (!text) return;
    var tip = tooltip();
    text.querySelectorAll("[title]").forEach(function (el) {
      el.setAttribute("data-tip", el.getAttribute("title"));
      el.removeAttribute("title");
      var refs = (el.getAttribute("data-refs") || "").split(" ").filter(Boolean);
      el.addEventListener("mouseenter", function () {
        show(tip, el);
        refs.forEach(function (r) { light(r, true); });
      });
      el.addEventListener("mouseleave", function () {
        tip.hidden = true;
        refs.forEach(function (r) { light(r, false); });
      });
    });
    document.querySelectorAll(".side [data-ref]").forEach(function (el) {
      var ref = el.getAttribute("data-ref");
      el.addEventListener("mouseenter", function () { light(ref, true); });
      el.addEventListener("mouseleave", function () { light(ref, false); });
    });
  });
})();
