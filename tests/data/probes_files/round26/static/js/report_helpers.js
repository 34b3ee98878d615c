// family: xss 79 338 95 safe
// Helpers of the report pages: polling with jitter, CSV downloads and status lines.

const POLL_MS = 15000;

export function schedulePoll(fn) {
  const jitter = Math.floor(Math.random() * 2000);
  return setTimeout(fn, POLL_MS + jitter);
}

export function downloadCsv(rows, name) {
  const text = rows.map((r) => r.map((c) => `"${String(c).replace(/"/g, '""')}"`).join(",")).join("\r\n");
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([text], { type: "text/csv" }));
  link.download = name;
  link.click();
}

export function showStatus(el, status) {
  el.textContent = `${status.count} reports, last run ${new Date(status.at).toLocaleString()}`;
}

export function clearList(list) {
  list.innerHTML = "";
}

export function sampleColour() {
  const palette = ["#1f77b4", "#ff7f0e", "#2ca02c"];
  return palette[Math.floor(Math.random() * palette.length)];
}
