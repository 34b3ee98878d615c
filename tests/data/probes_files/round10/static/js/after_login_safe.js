// family: redirect 601 safe
// after signing in, the client goes back where they were (a path of this site only)
const next = new URLSearchParams(window.location.search).get("next") || "";
const target = next.startsWith("/") && !next.startsWith("//") ? next : "/dashboard/";
window.location = target;
