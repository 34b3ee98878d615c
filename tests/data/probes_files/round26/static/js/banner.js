// family: xss 79 338 95 vuln
const params = new URLSearchParams(window.location.search);

export function showBanner(el) {
  el.innerHTML = "<strong>" + params.get("notice") + "</strong>"; // sink
}

export function newShareCode() {
  return Math.random().toString(36).slice(2, 10); // sink
}
