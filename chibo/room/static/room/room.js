// Phòng họp số: the projector, the members' phones and the chair's console follow one small
// JSON state by short polling with its ETag (If-None-Match → 304), so it works behind any
// plain proxy and under sync workers. A phone that drops off the Wi-Fi catches up on its next
// poll; a ballot carries a client token kept until the server acknowledges it, so a resend is
// never counted twice. No inline script (CSP): everything is built with textContent.
(function () {
  "use strict";
  var root = document.getElementById("room-live");
  if (!root) return;
  var mode = root.dataset.mode;
  var etag = null;
  var state = null;
  var delay = 1000;
  var fails = 0;
  var timer = null;
  var PENDING = "chibo-room-pending-" + (root.dataset.meeting || "");

  function live(name) { return root.querySelector('[data-live="' + name + '"]'); }
  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = text;
    if (cls) node.className = cls;
    return node;
  }
  function clear(node) { while (node && node.firstChild) node.removeChild(node.firstChild); return node; }
  function setText(name, text) { var n = live(name); if (n) n.textContent = text; }

  function connection(ok) {
    var n = live("conn");
    if (!n) return;
    n.textContent = ok ? "● Trực tiếp" : "○ Mất kết nối, đang thử lại…";
    n.classList.toggle("offline", !ok);
  }

  function schedule(ms) {
    clearTimeout(timer);
    timer = setTimeout(poll, ms);
  }

  function poll() {
    var headers = { Accept: "application/json" };
    if (etag) headers["If-None-Match"] = etag;
    fetch(root.dataset.state, { headers: headers, credentials: "same-origin", cache: "no-store" })
      .then(function (r) {
        if (r.status === 304) return null;
        if (!r.ok) throw new Error("HTTP " + r.status);
        etag = r.headers.get("ETag");
        return r.json();
      })
      .then(function (s) {
        connection(true);
        fails = 0;
        delay = 1000;
        if (s) { state = s; render(s); }
        flushPending();
      })
      .catch(function () {
        // A dropped answer is retried soon (0.5 s), then less often while the Wi-Fi is gone.
        fails += 1;
        connection(fails < 3);
        delay = Math.min(500 * Math.pow(2, fails - 1), 4000);
      })
      .then(function () { schedule(delay); });
  }

  // -- shared pieces ---------------------------------------------------------------------
  function stepText(s) { return "Mục " + s.item.number + "/" + s.item.count; }
  function countsText(s) {
    var a = s.attendance;
    return "Có mặt: " + a.official_present + "/" + a.official + " đảng viên chính thức, " +
      a.probationary_present + "/" + a.probationary + " dự bị";
  }
  function ballotLines(b) {
    var lines = [];
    if (b.yes === null) {
      lines.push(["Bỏ phiếu kín: kết quả công bố khi kết thúc", ""]);
    } else {
      lines.push(["Tán thành", b.yes]);
      lines.push(["Không tán thành", b.no]);
      lines.push(["Không biểu quyết", b.abstain]);
    }
    return lines;
  }
  function renderBallot(box, b) {
    clear(box);
    if (!b) return;
    box.appendChild(el("p", b.subject, "b-subject"));
    var table = el("dl", null, "b-tally");
    ballotLines(b).forEach(function (pair) {
      table.appendChild(el("dt", pair[0]));
      table.appendChild(el("dd", String(pair[1]), "b-n"));
    });
    box.appendChild(table);
    box.appendChild(el("p", "Đã biểu quyết: " + b.took_part + "/" + b.official_present + " đảng viên chính thức có mặt", "b-took"));
    var base = "Căn cứ: " + b.denominator + " đảng viên chính thức; cần ít nhất " + b.needed + " phiếu tán thành.";
    box.appendChild(el("p", base, "b-base"));
    if (b.open) box.appendChild(el("p", "Đang biểu quyết…", "b-status open"));
    else if (b.passed !== null) {
      box.appendChild(el("p", b.passed ? "ĐÃ THÔNG QUA" : "KHÔNG THÔNG QUA", "b-status " + (b.passed ? "passed" : "failed")));
    }
    box.dataset.tally = b.yes === null ? "" : b.yes + "-" + b.no + "-" + b.abstain;
  }
  function renderSpeakers(list, s, actions) {
    clear(list);
    if (!s.speakers.length) { list.appendChild(el("li", "Chưa có đồng chí nào đăng ký.", "muted")); return; }
    s.speakers.forEach(function (r) {
      var li = el("li", r.name + (r.status === "speaking" ? " — đang phát biểu" : ""), r.status);
      if (actions) actions(li, r);
      list.appendChild(li);
    });
  }
  function pageText(container, text) {
    clear(container);
    text.split(/\n\n+/).forEach(function (p) { container.appendChild(el("p", p)); });
  }

  // -- the projector ---------------------------------------------------------------------
  function renderPresent(s) {
    setText("step", stepText(s));
    setText("item", s.item.label);
    setText("official", s.attendance.official_present + "/" + s.attendance.official);
    setText("probationary", s.attendance.probationary_present + "/" + s.attendance.probationary);
    var main = clear(live("main"));
    if (s.ballot && (s.ballot.open || s.item.key === "vote")) {
      var big = el("div", null, "p-ballot");
      renderBallot(big, s.ballot);
      main.appendChild(big);
    } else if (s.document.pages) {
      var head = el("p", s.document.title + " · trang " + s.document.page + "/" + s.document.pages, "p-doc-head");
      var body = el("div", null, "p-doc");
      pageText(body, s.document.text);
      main.appendChild(head);
      main.appendChild(body);
    } else if (s.tasks.length) {
      var ul = el("ul", null, "p-tasks");
      s.tasks.forEach(function (t) { ul.appendChild(el("li", t.title + " — " + t.status)); });
      main.appendChild(ul);
    } else if (s.item.key === "roll_call") {
      main.appendChild(el("p", "Đã điểm danh " + s.attendance.recorded + " đồng chí.", "p-lead"));
      main.appendChild(el("p", countsText(s), "p-lead"));
    } else {
      main.appendChild(el("p", s.meeting.kind + " · " + s.meeting.when, "p-lead"));
      if (s.meeting.place) main.appendChild(el("p", s.meeting.place, "p-lead"));
      if (s.meeting.chair) main.appendChild(el("p", "Chủ trì: đồng chí " + s.meeting.chair, "p-lead"));
    }
    var box = live("ballot-box");
    var showSide = s.ballot && !(s.ballot.open || s.item.key === "vote");
    box.hidden = !showSide;
    renderBallot(live("ballot"), showSide ? s.ballot : null);
    renderSpeakers(live("speakers"), s, null);
  }

  // -- a member's phone ------------------------------------------------------------------
  function pending() { try { return JSON.parse(localStorage.getItem(PENDING) || "null"); } catch (e) { return null; } }
  function setPending(p) { try { if (p) localStorage.setItem(PENDING, JSON.stringify(p)); else localStorage.removeItem(PENDING); } catch (e) { /* private mode */ } }
  function token() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
  }
  function post(url, fields) {
    var body = new URLSearchParams();
    body.set("csrfmiddlewaretoken", root.dataset.csrf);
    Object.keys(fields).forEach(function (k) { body.set(k, fields[k]); });
    return fetch(url, { method: "POST", body: body, credentials: "same-origin",
                        headers: { "X-CSRFToken": root.dataset.csrf, Accept: "application/json" } })
      .then(function (r) {
        return r.json().then(function (data) { return { status: r.status, data: data }; },
                             function () { return { status: r.status, data: { ok: false, error: "Máy chủ trả lời không hợp lệ (" + r.status + ")." } }; });
      });
  }
  var sending = false;
  function flushPending() {
    var p = pending();
    if (!p || sending || mode !== "phone") return;
    sending = true;
    setText("vote-msg", "Đang gửi phiếu…");
    post(root.dataset.ballot, p).then(function (res) {
      sending = false;
      if (res.status >= 500) {  // the server did not answer properly: resend the same token
        setText("vote-msg", "Chưa gửi được phiếu; điện thoại sẽ tự gửi lại.");
        return;
      }
      setPending(null);
      setText("vote-msg", res.data.ok ? res.data.message : res.data.error);
      schedule(0);
    }, function () {
      sending = false;  // kept: resent with the same token on the next successful poll
      setText("vote-msg", "Chưa gửi được phiếu (mất kết nối); điện thoại sẽ tự gửi lại.");
    });
  }
  function renderPhone(s) {
    setText("step", stepText(s));
    setText("item", s.item.label);
    setText("counts", countsText(s));
    var me = s.me || {};
    var vote = live("vote");
    var b = s.ballot;
    vote.hidden = !b;
    if (b) {
      setText("subject", b.subject + (b.secret ? " (bỏ phiếu kín)" : ""));
      var choices = live("choices");
      var p = pending();
      var canVote = b.open && me.may_vote && !me.voted && !(p && String(p.ballot) === String(b.id));
      choices.hidden = !canVote;
      var msg = live("vote-msg");
      if (!b.open) {
        var tally = b.yes === null ? "" : b.yes + " tán thành, " + b.no + " không tán thành, " + b.abstain + " không biểu quyết. ";
        msg.textContent = "Đã kết thúc. " + tally + (b.passed === null ? "" : (b.passed ? "Đã thông qua." : "Không thông qua."));
      } else if (!me.may_vote) msg.textContent = me.why_not;
      else if (me.voted) msg.textContent = "Đồng chí đã biểu quyết. Cảm ơn đồng chí.";
      else if (!p) msg.textContent = "Mời đồng chí biểu quyết.";
    }
    var speak = live("speak");
    speak.textContent = me.speaking ? "Rút đăng ký phát biểu" : "Đăng ký phát biểu";
    speak.hidden = me.speaking === "speaking" || !me.present;
    renderSpeakers(live("speakers"), s, null);
    setText("doc-title", s.document.title || "Tài liệu");
    var doc = clear(live("doc"));
    (s.document.all || []).forEach(function (text, i) {
      var page = el("section", null, "ph-page" + (i + 1 === s.document.page ? " current" : ""));
      page.appendChild(el("p", "Trang " + (i + 1) + (i + 1 === s.document.page ? " — màn hình chiếu đang ở trang này" : ""), "ph-page-no"));
      pageText(page.appendChild(el("div")), text);
      doc.appendChild(page);
    });
    if (!s.document.pages) doc.appendChild(el("p", "Nội dung này không có tài liệu kèm theo.", "muted"));
    var agenda = clear(live("agenda"));
    s.agenda.forEach(function (a) { agenda.appendChild(el("li", a.label, a.key === s.item.key ? "current" : "")); });
  }
  if (mode === "phone") {
    root.addEventListener("click", function (event) {
      var button = event.target.closest("button[data-choice]");
      if (button && state && state.ballot && state.ballot.open) {
        var key = "chibo-room-token-" + state.ballot.id;
        var t = null;
        try { t = localStorage.getItem(key); } catch (e) { /* private mode */ }
        if (!t) { t = token(); try { localStorage.setItem(key, t); } catch (e) { /* private mode */ } }
        setPending({ ballot: state.ballot.id, choice: button.dataset.choice, token: t });
        live("choices").hidden = true;
        flushPending();
        return;
      }
      if (event.target.closest('[data-live="speak"]') && state) {
        var withdraw = state.me && state.me.speaking ? "1" : "";
        post(root.dataset.speak, withdraw ? { withdraw: "1" } : {}).then(function (res) {
          setText("speak-msg", res.data.ok ? res.data.message : res.data.error);
          schedule(0);
        }, function () { setText("speak-msg", "Mất kết nối, hãy thử lại."); });
      }
    });
  }

  // -- the chair's console ---------------------------------------------------------------
  function actionForm(url, label, extra) {
    var form = el("form", null, "inline");
    form.method = "post";
    form.action = url;
    var csrf = el("input");
    csrf.type = "hidden"; csrf.name = "csrfmiddlewaretoken"; csrf.value = root.dataset.csrf;
    form.appendChild(csrf);
    if (extra) form.appendChild(extra);
    var button = el("button", label, "secondary");
    form.appendChild(button);
    return form;
  }
  function renderConsole(s) {
    setText("counts", countsText(s) + ". Đã điểm danh " + s.attendance.recorded + " đồng chí.");
    renderBallot(live("ballot"), s.ballot);
    renderSpeakers(live("speakers"), s, function (li, r) {
      if (r.status === "waiting") li.appendChild(actionForm(root.dataset.call.replace("/0/", "/" + r.id + "/"), "Mời phát biểu"));
      else {
        var summary = el("input");
        summary.name = "summary"; summary.placeholder = "Tóm tắt ý kiến (ghi vào biên bản)";
        li.appendChild(actionForm(root.dataset.done.replace("/0/", "/" + r.id + "/"), "Xong", summary));
      }
    });
    if (!document.activeElement || document.activeElement === document.body) {
      // Another console tab moved the agenda: show it (unless the chair is typing).
      var current = root.querySelector(".c-steps li.current button");
      if (current && current.value !== s.item.key && state && state.version > 1) window.location.reload();
    }
  }

  function render(s) {
    if (mode === "present") renderPresent(s);
    else if (mode === "phone") renderPhone(s);
    else renderConsole(s);
    root.dataset.version = String(s.version);
  }

  window.addEventListener("online", function () { schedule(0); });
  document.addEventListener("visibilitychange", function () { if (!document.hidden) schedule(0); });
  poll();
})();
