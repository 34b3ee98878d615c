// family: eval 95 safe
function scheduleRefresh(panelId, delay) {
  setTimeout(() => refreshPanel(panelId), delay);
}
