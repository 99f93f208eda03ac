// The import review of a scan or photo: a field's "Xem chữ này trên ảnh" marks the boxes of
// that field's doubted words on the page images (red), opens the pages and scrolls to the
// first; "Quay lại ô đang sửa" goes back to the field. Without the script the link still
// jumps to the first box, which CSS marks as the :target.
document.addEventListener("click", function (event) {
  var link = event.target.closest("a[data-doubt]");
  if (!link) return;
  var keys = (link.dataset.doubt || "").split(" ").filter(Boolean);
  var first = null;
  document.querySelectorAll(".ocr-box").forEach(function (box) {
    var hit = (box.dataset.keys || "").split(" ").some(function (key) {
      return keys.indexOf(key) >= 0;
    });
    box.classList.toggle("active", hit);
    if (hit && !first) first = box;
  });
  var pages = document.getElementById("pages");
  if (pages) pages.open = true;
  // On a phone the whole page is too small to read a word: zoom in, then centre the word.
  var zoom = document.querySelector(".zoom-pages");
  if (zoom && first && !window.matchMedia("(min-width: 900px)").matches) zoom.checked = true;
  var field = link.closest(".field, .from-file");
  var control = field && field.querySelector("input, textarea, select");
  var back = document.querySelector(".back-to-field");
  if (back && field) {
    if (!field.id) field.id = "doubt-field-" + Math.random().toString(36).slice(2, 8);
    back.querySelector("a").setAttribute("href", "#" + field.id);
    back.hidden = false;
  }
  if (!first) return;
  event.preventDefault();
  first.scrollIntoView({ block: "center", inline: "center" });
  if (control && back) back.dataset.focus = control.id || "";
});
document.addEventListener("click", function (event) {
  // Back from the page image to the field being checked, focused for typing (the address
  // keeps no fragment, so saving the form leads to the plan's plain address).
  var link = event.target.closest(".back-to-field a");
  if (!link) return;
  var field = document.getElementById(link.getAttribute("href").slice(1));
  if (!field) return;
  event.preventDefault();
  field.scrollIntoView({ block: "center" });
  var id = link.parentNode.dataset.focus;
  var control = id && document.getElementById(id);
  if (control) control.focus({ preventScroll: true });
});
