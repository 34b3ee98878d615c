// family: xss 79 338 vuln
export function newRequestToken() {
  const token = Math.random().toString(36).slice(2); // sink
  return token;
}

export function renderBanner(container) {
  const params = new URLSearchParams(window.location.search);
  container.innerHTML = `<p class="banner">${params.get("msg")}</p>`; // sink
}
