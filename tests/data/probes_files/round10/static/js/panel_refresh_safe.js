// family: eval 95 safe
// panels refresh themselves; the panel to refresh comes from the link
const panel = new URLSearchParams(location.search).get("panel");
setTimeout(() => refreshPanel(panel), 5000);
setTimeout(refreshAll, 60000);
setInterval(function () {
  refreshPanel("summary");
}, 30000);
