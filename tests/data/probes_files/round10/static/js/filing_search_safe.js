// family: xss 79 safe
// the search page shows what the client searched for
const params = new URLSearchParams(window.location.search);
const query = params.get("q") || "";
const heading = document.getElementById("results-heading");
heading.innerHTML = "Filings matching <em>" + escapeHtml(query) + "</em>";

function escapeHtml(text) {
  return String(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}
