// Chi bộ số on a weak network (no inline script; see chibo/core/pwa.py for the service worker).
// - registers the service worker that keeps "Việc hôm nay", the member's tasks and the drafts
//   she opened readable offline, and forgets those pages at logout;
// - says when a page is a saved copy: "Bản lưu lúc 07:42 — đang ngoại tuyến";
// - keeps a comment on a draft written offline on the phone (localStorage) and sends it when
//   the network returns. Each comment carries a key made here (client_key): the server saves
//   one comment per key, so a comment sent twice (a lost answer, two tabs) is saved once.
(function () {
  "use strict";
  var script = document.currentScript;
  var data = (script && script.dataset) || {};
  var USER = data.user || "";
  var QUEUE = "chibo.offline.comments";
  var FLASH = "chibo.offline.flash";
  var flushing = false;

  if ("serviceWorker" in navigator && data.sw) {
    navigator.serviceWorker.register(data.sw, { scope: "/" }).catch(function () {});
  }

  // -- forgetting the pages at logout -------------------------------------------------------
  function forgetPages() {
    var done = [];
    if (window.caches) done.push(caches.delete("chibo-pages"));
    if (navigator.serviceWorker && navigator.serviceWorker.controller) {
      navigator.serviceWorker.controller.postMessage({ type: "forget" });
    }
    return Promise.all(done);
  }
  // Logout goes on at once; the worker also forgets them when the login page that follows loads.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (data.logout && new URL(form.action, location.href).pathname === data.logout) forgetPages();
  });

  // -- notices ------------------------------------------------------------------------------
  function two(n) { return (n < 10 ? "0" : "") + n; }
  function savedAt(iso) {
    var d = new Date(iso), now = new Date();
    var text = two(d.getHours()) + ":" + two(d.getMinutes());
    if (d.toDateString() !== now.toDateString()) {
      text += " ngày " + two(d.getDate()) + "/" + two(d.getMonth() + 1) + "/" + d.getFullYear();
    }
    return text;
  }
  function notice(id, text, kind) {
    var box = document.getElementById(id);
    if (!text) { if (box) box.remove(); return null; }
    if (!box) {
      var main = document.getElementById("main") || document.body;
      var holder = document.createElement("div");
      holder.className = "messages";
      box = document.createElement("p");
      box.id = id;
      box.setAttribute("role", "status");
      holder.appendChild(box);
      main.insertBefore(holder, main.firstChild);
    }
    box.className = "message " + (kind || "warning");
    box.textContent = text;
    return box;
  }
  // `back`: the network has just returned (the "online" event).
  function staleNotice(back) {
    var saved = document.documentElement.dataset.offlineSaved;
    if (saved) {
      var state = !navigator.onLine ? "đang ngoại tuyến" :
        back === true ? "đã có mạng trở lại" : "mạng yếu, chưa tải được bản mới";
      var box = notice("offline-stale", "Bản lưu lúc " + savedAt(saved) + " — " + state + ". ");
      box.setAttribute("data-offline-stale", "");
      if (navigator.onLine) {
        var again = document.createElement("a");
        again.className = "button secondary";
        again.href = location.href;
        again.textContent = "Tải bản mới";
        box.appendChild(again);
      }
    } else {
      notice("offline-stale", navigator.onLine ? "" :
        "Mất mạng — đang ngoại tuyến. Trang này tải lúc " +
        savedAt(new Date(performance.timeOrigin).toISOString()) +
        "; ý kiến viết lúc này được giữ trên máy và tự gửi khi có mạng.");
    }
  }

  // -- the comment queue --------------------------------------------------------------------
  function load() {
    try { return JSON.parse(localStorage.getItem(QUEUE) || "[]"); } catch (e) { return []; }
  }
  function store(items) { localStorage.setItem(QUEUE, JSON.stringify(items)); }
  function newKey() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    var b = new Uint8Array(16);
    crypto.getRandomValues(b);
    b[6] = (b[6] & 15) | 64; b[8] = (b[8] & 63) | 128;
    var h = Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join("");
    return h.slice(0, 8) + "-" + h.slice(8, 12) + "-" + h.slice(12, 16) + "-" + h.slice(16, 20) + "-" + h.slice(20);
  }
  function token() {
    var field = document.querySelector("input[name=csrfmiddlewaretoken]");
    return field ? field.value : "";
  }
  function mine(item) { return USER && item.user === USER; }

  function queue(form) {
    var fields = {};
    new FormData(form).forEach(function (value, name) {
      if (name !== "csrfmiddlewaretoken") fields[name] = String(value);
    });
    var item = { key: fields.client_key || newKey(), user: USER, url: form.action, fields: fields,
                 page: location.pathname, written: new Date().toISOString(), error: "" };
    item.fields.client_key = item.key;
    var items = load();
    if (!items.some(function (other) { return other.key === item.key; })) items.push(item);
    store(items);
    return item;
  }

  function send(item) {
    var body = new FormData();
    Object.keys(item.fields).forEach(function (name) { body.append(name, item.fields[name]); });
    body.append("csrfmiddlewaretoken", token());
    return fetch(item.url, { method: "POST", body: body, credentials: "same-origin",
                             headers: { Accept: "application/json" } });
  }

  // Send every comment of this user still on the phone; the result of each is kept there.
  function flush() {
    if (flushing || !navigator.onLine) return Promise.resolve(0);
    var waiting = load().filter(function (item) { return mine(item) && !item.error; });
    if (!waiting.length) return Promise.resolve(0);
    flushing = true;
    var sent = 0;
    var chain = Promise.resolve();
    waiting.forEach(function (item) {
      chain = chain.then(function () {
        return send(item).then(function (response) {
          if (response.ok) {
            sent += 1;
            store(load().filter(function (other) { return other.key !== item.key; }));
          } else if (response.status === 409 || response.status === 400) {
            return response.json().then(function (answer) {
              store(load().map(function (other) {
                if (other.key === item.key) other.error = answer.error || "Không gửi được.";
                return other;
              }));
            });
          } // 403 (a new session's token), 5xx: left on the phone for the next try
        });
      });
    });
    return chain.catch(function () {}).then(function () {
      flushing = false;
      if (sent) {
        notice("offline-sent", "Đã gửi " + sent + " ý kiến viết lúc mất mạng.", "ok");
        render();
      }
      return sent;
    });
  }

  // The comments of this page still on the phone, under the comment form.
  function render() {
    document.querySelectorAll("form[data-offline-comment]").forEach(function (form) {
      var list = form.parentNode.querySelector("[data-pending-comments]");
      if (!list) return;
      list.textContent = "";
      load().filter(function (item) { return mine(item) && item.url === form.action; })
        .forEach(function (item) {
          var card = document.createElement("div");
          card.className = "card";
          card.setAttribute("data-pending-comment", item.key);
          var text = document.createElement("p");
          text.textContent = item.fields.text || "(Đăng ký phát biểu)";
          var state = document.createElement("p");
          state.className = item.error ? "notice" : "badge";
          state.textContent = item.error
            ? "Không gửi được: " + item.error + " Ý kiến vẫn ở trên máy; chép lại nếu cần."
            : "Chưa gửi — đã lưu trên máy lúc " + savedAt(item.written) + ", sẽ tự gửi khi có mạng.";
          card.appendChild(text);
          card.appendChild(state);
          if (item.error) {
            var drop = document.createElement("button");
            drop.type = "button";
            drop.className = "secondary";
            drop.textContent = "Xóa khỏi máy";
            drop.addEventListener("click", function () {
              store(load().filter(function (other) { return other.key !== item.key; }));
              render();
            });
            card.appendChild(drop);
          }
          list.appendChild(card);
        });
    });
  }

  function prepare(form) {
    var field = form.elements.namedItem("client_key");
    if (field && !field.value) field.value = newKey();
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var item = queue(form);
      form.reset();
      if (field) field.value = newKey();
      render();
      if (!navigator.onLine) {
        notice("offline-sent", "Đã lưu ý kiến trên máy; sẽ tự gửi khi có mạng.", "warning");
        return;
      }
      flush().then(function () {
        if (load().some(function (other) { return other.key === item.key; })) {
          notice("offline-sent", "Chưa gửi được; ý kiến đã lưu trên máy và sẽ tự gửi khi có mạng.", "warning");
          return;
        }
        sessionStorage.setItem(FLASH, "Đã ghi nhận ý kiến của đồng chí.");
        location.replace(location.href);
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var flash = sessionStorage.getItem(FLASH);
    if (flash) { sessionStorage.removeItem(FLASH); notice("offline-sent", flash, "ok"); }
    document.querySelectorAll("form[data-offline-comment]").forEach(prepare);
    staleNotice();
    render();
    flush();
  });
  window.addEventListener("online", function () { staleNotice(true); flush(); });
  window.addEventListener("offline", staleNotice);
  setInterval(flush, 30000);
})();
