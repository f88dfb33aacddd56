// warmleads report: sort, filter, search and copy, all in the page; nothing is fetched.
(function () {
  "use strict";
  const table = document.getElementById("leads");
  const body = table.tBodies[0];
  const rows = Array.from(body.rows);
  const shown = document.getElementById("shown");
  const controls = {
    q: document.getElementById("q"),
    status: document.getElementById("status"),
    source: document.getElementById("source"),
    path: document.getElementById("path"),
    onlyNew: document.getElementById("only-new"),
  };

  function sortBy(header) {
    const key = header.dataset.sort;
    const numeric = header.dataset.type === "num";
    const ascending = header.getAttribute("aria-sort") !== "ascending";
    for (const th of table.tHead.rows[0].cells) th.removeAttribute("aria-sort");
    header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    const value = (row) => {
      const raw = row.dataset[key] || "";
      return numeric ? parseFloat(raw) : raw;
    };
    const sorted = rows.slice().sort((a, b) => {
      const x = value(a), y = value(b);
      // blanks (no follow-up, no date) sort last either way
      if (x === "" || Number.isNaN(x)) return 1;
      if (y === "" || Number.isNaN(y)) return -1;
      const order = x < y ? -1 : x > y ? 1 : 0;
      return ascending ? order : -order;
    });
    for (const row of sorted) body.appendChild(row);
  }

  function applyFilters() {
    const words = controls.q.value.toLowerCase().split(/\s+/).filter(Boolean);
    let count = 0;
    for (const row of rows) {
      const text = row.textContent.toLowerCase();
      const visible =
        words.every((word) => text.includes(word)) &&
        (!controls.status.value || row.dataset.status === controls.status.value) &&
        (!controls.source.value || row.dataset.sources.split(" ").includes(controls.source.value)) &&
        (!controls.path.checked || row.dataset.path === "1") &&
        (!controls.onlyNew.checked || row.dataset.new === "1");
      row.hidden = !visible;
      if (visible) count += 1;
    }
    shown.value = count + " of " + rows.length;
  }

  function copyText(text, button) {
    const done = () => { button.textContent = "copied"; setTimeout(() => { button.textContent = "copy"; }, 1500); };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, () => fallbackCopy(text, done));
    } else {
      fallbackCopy(text, done);
    }
  }

  function fallbackCopy(text, done) {
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    try { document.execCommand("copy"); done(); } catch (error) { window.prompt("Copy this command:", text); }
    document.body.removeChild(area);
  }

  for (const th of table.tHead.rows[0].cells) {
    if (th.dataset.sort) th.querySelector("button").addEventListener("click", () => sortBy(th));
  }
  for (const control of Object.values(controls)) {
    control.addEventListener("input", applyFilters);
    control.addEventListener("change", applyFilters);
  }
  body.addEventListener("change", (event) => {
    if (!event.target.classList.contains("verdict-choice")) return;
    event.target.closest(".mark").querySelector(".verdict").textContent = event.target.value;
  });
  body.addEventListener("click", (event) => {
    if (!event.target.classList.contains("copy")) return;
    copyText(event.target.closest(".mark").querySelector("code").textContent, event.target);
  });
  document.getElementById("theme").addEventListener("click", () => {
    const root = document.documentElement;
    const dark = root.dataset.theme
      ? root.dataset.theme === "dark"
      : window.matchMedia("(prefers-color-scheme: dark)").matches;
    root.dataset.theme = dark ? "light" : "dark";
  });
  applyFilters();
})();
