// family: redirect 601 vuln
// after signing in, the client goes back where they were
const next = new URLSearchParams(window.location.search).get("next");
window.location = next || "/dashboard/"; // sink
