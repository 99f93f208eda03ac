// Chi bộ số service worker (served at /sw.js by chibo.core.pwa, version __VERSION__).
// Keeps "Việc hôm nay", the member's tasks and the last drafts she opened readable offline:
// those pages are fetched network-first and their last copy is shown, marked with the time it
// was saved, when the network is gone or too slow. Static files: the cached copy, refreshed in
// the background. Nothing else is stored. The pages are forgotten at logout (offline.js sends
// "forget") and whenever the login page is shown (a session ended; another person may log in).
"use strict";

const CONFIG = {{ config|safe }};
const PAGES = "chibo-pages";
const STATIC = "chibo-static-__VERSION__";
const KEPT = CONFIG.pages.map((page) => ({ re: new RegExp(page.pattern), keep: page.keep }));

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(STATIC)
      .then((cache) => cache.addAll(CONFIG.precache))
      .catch(() => null)
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys
        .filter((key) => key.startsWith("chibo-static-") && key !== STATIC)
        .map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "forget") event.waitUntil(forget());
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    event.respondWith(page(event, url));
  } else if (url.pathname.startsWith(CONFIG.staticUrl)) {
    event.respondWith(asset(event, request));
  }
});

function forget() {
  return caches.delete(PAGES);
}

function keptRule(url) {
  return KEPT.find((rule) => rule.re.test(url.pathname)) || null;
}

function key(url) {
  return url.origin + url.pathname + url.search;
}

function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function page(event, url) {
  const rule = keptRule(url);
  const network = fetch(event.request).then(async (response) => {
    if (url.pathname === CONFIG.login && response.ok) await forget();
    if (rule && response.ok && response.type === "basic" && !response.redirected) {
      await keep(url, rule, response.clone());
    }
    return response;
  });
  if (!rule) return network.catch(() => offlinePage());
  event.waitUntil(network.catch(() => null));
  const copy = await caches.open(PAGES).then((cache) => cache.match(key(url)));
  if (!copy) return network.catch(() => offlinePage());
  // Network first; its copy when the network fails, or is still silent after a while.
  return Promise.race([
    network.catch(() => copy),
    delay(CONFIG.patienceMs).then(() => copy),
  ]);
}

const KEPT_HEADERS = ["Content-Type", "Content-Security-Policy", "X-Content-Type-Options",
  "Referrer-Policy", "X-Frame-Options"];

async function keep(url, rule, response) {
  const html = await response.text();
  const saved = new Date().toISOString();
  const title = (html.match(/<title>([^<]*)<\/title>/) || ["", ""])[1].trim();
  const headers = new Headers();
  KEPT_HEADERS.forEach((name) => {
    const value = response.headers.get(name);
    if (value) headers.set(name, value);
  });
  headers.set("X-Chibo-Saved", saved);
  headers.set("X-Chibo-Title", encodeURIComponent(title));
  // The copy carries the time it was saved; offline.js shows it ("Bản lưu lúc 07:42").
  const marked = html.replace("<html", '<html data-offline-saved="' + saved + '"');
  const cache = await caches.open(PAGES);
  await cache.put(key(url), new Response(marked, { status: 200, headers }));
  if (rule.keep) await trim(cache, rule);
}

async function trim(cache, rule) {
  const copies = [];
  for (const request of await cache.keys()) {
    if (!rule.re.test(new URL(request.url).pathname)) continue;
    const response = await cache.match(request);
    copies.push({ request, saved: response.headers.get("X-Chibo-Saved") || "" });
  }
  copies.sort((a, b) => (a.saved < b.saved ? 1 : -1));
  await Promise.all(copies.slice(rule.keep).map((copy) => cache.delete(copy.request)));
}

async function asset(event, request) {
  const cache = await caches.open(STATIC);
  const hit = await cache.match(request);
  const network = fetch(request).then((response) => {
    if (response.ok) return cache.put(request, response.clone()).then(() => response);
    return response;
  });
  if (!hit) return network;
  event.waitUntil(network.catch(() => null));
  return hit;
}

function escape(text) {
  return text.replace(/[&<>"']/g, (c) => "&#" + c.charCodeAt(0) + ";");
}

function hhmm(iso) {
  const d = new Date(iso);
  const two = (n) => String(n).padStart(2, "0");
  return two(d.getHours()) + ":" + two(d.getMinutes()) + " " + two(d.getDate()) + "/" + two(d.getMonth() + 1);
}

// A page that was never saved, asked for offline: say so, and list what can be read.
async function offlinePage() {
  const cache = await caches.open(PAGES);
  const items = [];
  for (const request of await cache.keys()) {
    const response = await cache.match(request);
    const title = decodeURIComponent(response.headers.get("X-Chibo-Title") || "") || "Trang đã lưu";
    const saved = response.headers.get("X-Chibo-Saved") || "";
    items.push('<li><a href="' + escape(new URL(request.url).pathname + new URL(request.url).search) + '">' +
      escape(title.replace(/ · Chi bộ số$/, "")) + "</a> <span class=\"help\">lưu lúc " + escape(hhmm(saved)) +
      "</span></li>");
  }
  const list = items.length
    ? "<p>Các trang đã lưu trên máy, đọc được khi mất mạng:</p><ul class=\"list\">" + items.join("") + "</ul>"
    : "<p>Máy chưa lưu trang nào. Khi có mạng, hãy mở Việc hôm nay, tài liệu họp và nhiệm vụ một lần.</p>";
  const html = "<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\">" +
    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">" +
    "<title>Đang ngoại tuyến · Chi bộ số</title><link rel=\"stylesheet\" href=\"" + escape(CONFIG.css) + "\">" +
    "</head><body><header class=\"site-header\"><span class=\"brand\">Chi bộ số</span></header>" +
    "<main id=\"main\"><h1>Đang ngoại tuyến</h1><p class=\"notice\" role=\"status\">Không có mạng, " +
    "trang này chưa được lưu trên máy.</p>" + list +
    "<p>Ý kiến viết khi mất mạng được giữ trên máy và tự gửi khi có mạng trở lại.</p></main></body></html>";
  return new Response(html, {
    status: 503,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'",
    },
  });
}
