// family: eval 95 vuln
// panels refresh themselves; the panel to refresh comes from the link
const panel = new URLSearchParams(location.search).get("panel");
setTimeout("refreshPanel('" + panel + "')", 5000); // sink
