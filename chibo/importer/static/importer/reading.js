// The waiting page of a scan or photos being read in the task worker: asks the import's status
// now and then, shows the page being read ("Đang đọc ảnh, trang 2/3…") and, once the reading
// ended (read or failed), reloads the import's page, which then shows the review or the error.
// Without the script the page refreshes itself every 5 s (<noscript> meta) and has a link.
(function () {
  var box = document.getElementById("reading");
  if (!box || !box.dataset.statusUrl) return;
  var message = document.getElementById("reading-message");
  var progress = document.getElementById("reading-progress");
  var late = document.getElementById("worker-late");
  var wait = 1500;
  function ask() {
    fetch(box.dataset.statusUrl, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) {
        if (!response.ok) throw new Error(String(response.status));
        return response.json();
      })
      .then(function (state) {
        if (state.done) {
          window.location.replace(state.next);
          return;
        }
        if (message) message.textContent = state.message;
        if (progress) {
          progress.max = Math.max(state.pages_total, 1);
          progress.value = state.pages_read;
          progress.textContent = state.pages_read + "/" + state.pages_total + " trang";
        }
        if (late) late.hidden = !state.worker_late;
        wait = Math.min(wait + 500, 4000);
        window.setTimeout(ask, wait);
      })
      .catch(function () {
        // A weak connection: try again later, more slowly; the page stays as it was.
        wait = Math.min(wait * 2, 15000);
        window.setTimeout(ask, wait);
      });
  }
  window.setTimeout(ask, wait);
})();
