// family: xss 79 safe
function escapeHtml(value) {
  return String(value)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const params = new URLSearchParams(window.location.search);
const category = params.get("category");
if (category) {
  document.querySelector(".filter-banner").innerHTML = `Showing reports in <em>${escapeHtml(category)}</em>`;
}
