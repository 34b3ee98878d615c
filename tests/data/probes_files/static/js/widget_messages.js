// family: xss 79 vuln
// The embedded help widget receives status messages from the parent page.
window.addEventListener("message", (event) => {
  const panel = document.getElementById("widget-status");
  panel.innerHTML = event.data.message; // sink
});
