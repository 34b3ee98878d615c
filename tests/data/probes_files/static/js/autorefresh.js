// family: eval 95 vuln
function scheduleRefresh(panelId, delay) {
  setTimeout("refreshPanel('" + panelId + "')", delay); // sink
}
