// Chi bộ số: the few behaviours that need a script, with no inline JavaScript (the
// Content-Security-Policy allows scripts from this site only).
document.addEventListener("click", function (event) {
  // Quick-fill buttons: <button data-fill="…" data-fill-target="name"> put a suggestion into
  // the named field of their form.
  var button = event.target.closest("button[data-fill]");
  if (!button || !button.form) return;
  var field = button.form.elements.namedItem(button.dataset.fillTarget || "form");
  if (field) field.value = button.dataset.fill;
});
document.addEventListener("DOMContentLoaded", function () {
  // <details data-open-wide> starts open on wide screens (the import review's source text).
  if (window.matchMedia("(min-width: 900px)").matches) {
    document.querySelectorAll("details[data-open-wide]").forEach(function (d) { d.open = true; });
  }
});
document.addEventListener("click", function (event) {
  // A link to a closed <details> (the import review's "Xem ảnh trang") opens it first.
  var link = event.target.closest('a[href^="#"]');
  if (!link || link.getAttribute("href").length < 2) return;
  var target = document.getElementById(link.getAttribute("href").slice(1));
  if (target && target.tagName === "DETAILS") target.open = true;
});
document.addEventListener("submit", function (event) {
  // <form data-busy="…">: a slow step (reading a photo): say so, and do not send it twice.
  var form = event.target;
  if (!form.dataset || !form.dataset.busy) return;
  if (form.dataset.sent) { event.preventDefault(); return; }
  form.dataset.sent = "1";
  var button = form.querySelector("button[type=submit], button:not([type])");
  if (button) { button.dataset.label = button.textContent; button.textContent = form.dataset.busy; }
  var note = form.querySelector("[data-busy-note]");
  if (note) note.hidden = false;
});
window.addEventListener("pageshow", function (event) {
  // Back to a page kept in the browser's cache: its busy forms may be sent again.
  if (!event.persisted) return;
  document.querySelectorAll("form[data-sent]").forEach(function (form) {
    delete form.dataset.sent;
    var note = form.querySelector("[data-busy-note]");
    if (note) note.hidden = true;
    var button = form.querySelector("button[data-label]");
    if (button) button.textContent = button.dataset.label;
  });
});
