// family: xss 79 safe
// The embedded help widget receives status messages from the parent page.
window.addEventListener("message", (event) => {
  const panel = document.getElementById("widget-status");
  panel.textContent = event.data.message;
});
