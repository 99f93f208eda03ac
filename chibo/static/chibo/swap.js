// Chi bộ số: forms that update in place on long pages (progressive enhancement).
//
// <form method="post" action="…" data-swap="#part[,#other]"> is sent with fetch; the server
// (chibo/lib/swap.py) answers the changed parts of the page, each an element with an id, and
// every element of the page with the same id is replaced. 200 = done, 422 = refused (the part
// shows the errors next to the fields). The page does not move: the first part named keeps its
// place on the screen, and the focus goes back where it was (or to the first field in error).
// Without this script, or on any unexpected answer, the form is sent the ordinary way.
// An answer of several parts wraps each in its own <template> (parsed on its own, so that a
// table row and a form can come in one answer).
(function () {
  "use strict";
  var HEADER = "X-Chibo-Swap";

  function parts(form) {
    return (form.getAttribute("data-swap") || "").split(",")
      .map(function (s) { return s.trim().replace(/^#/, ""); })
      .filter(Boolean);
  }

  function fallback(form, submitter) {
    form.setAttribute("data-swap-off", "");
    if (form.requestSubmit) form.requestSubmit(submitter || undefined); else form.submit();
  }

  function focusAfter(ids, focused) {
    for (var i = 0; i < ids.length; i++) {
      var part = document.getElementById(ids[i]);
      if (!part) continue;
      var invalid = part.querySelector("[aria-invalid=true], .errorlist + input, .errorlist + select, .errorlist + textarea");
      if (invalid) { invalid.focus(); return; }
    }
    if (focused) {
      var again = focused.id ? document.getElementById(focused.id) : null;
      if (!again && focused.form && focused.form.id && focused.name) {
        var form = document.getElementById(focused.form.id);
        again = form && form.querySelector('[name="' + focused.name + '"]');
      }
      if (again && again.focus) { again.focus({ preventScroll: true }); return; }
    }
    var status = document.getElementById(ids[0]);
    status = status && status.querySelector("[data-swap-notice]");
    if (status) { status.setAttribute("tabindex", "-1"); status.focus({ preventScroll: true }); }
  }

  function apply(html, ids, anchorTop, focused) {
    var template = document.createElement("template");
    template.innerHTML = html;
    var open = {};
    document.querySelectorAll("details[id][open]").forEach(function (d) { open[d.id] = true; });
    var found = [];
    Array.prototype.slice.call(template.content.children).forEach(function (child) {
      if (child.tagName === "TEMPLATE") {
        Array.prototype.push.apply(found, Array.prototype.slice.call(child.content.children));
      } else {
        found.push(child);
      }
    });
    found.forEach(function (part) {
      var old = part.id && document.getElementById(part.id);
      if (old) old.replaceWith(part);
    });
    document.querySelectorAll("details[id]").forEach(function (d) { if (open[d.id]) d.open = true; });
    var anchor = document.getElementById(ids[0]);
    if (anchor && anchorTop !== null) {
      window.scrollBy(0, anchor.getBoundingClientRect().top - anchorTop);
    }
    focusAfter(ids, focused);
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || event.defaultPrevented) return;
    if (!form.hasAttribute("data-swap") || form.hasAttribute("data-swap-off")) return;
    if (!window.fetch || !window.FormData) return;
    var ids = parts(form);
    if (!ids.length) return;
    event.preventDefault();
    if (form.getAttribute("aria-busy") === "true") return;  // a double tap sends once
    var submitter = event.submitter || null;
    var data = new FormData(form);
    if (submitter && submitter.name) data.append(submitter.name, submitter.value);
    var anchor = document.getElementById(ids[0]);
    var anchorTop = anchor ? anchor.getBoundingClientRect().top : null;
    var focused = document.activeElement;
    var headers = { "X-Requested-With": "XMLHttpRequest" };
    headers[HEADER] = ids.join(",");
    form.setAttribute("aria-busy", "true");
    fetch(form.action, { method: "POST", body: data, credentials: "same-origin", headers: headers })
      .then(function (response) {
        var type = response.headers.get("Content-Type") || "";
        if (response.redirected || (response.status !== 200 && response.status !== 422) || type.indexOf("text/html") !== 0) {
          form.removeAttribute("aria-busy");
          fallback(form, submitter);
          return null;
        }
        return response.text().then(function (html) {
          form.removeAttribute("aria-busy");
          apply(html, ids, anchorTop, focused);
        });
      })
      .catch(function () {
        form.removeAttribute("aria-busy");
        fallback(form, submitter);
      });
  });
})();
