// family: xss 79 vuln
// the document viewer (an iframe) tells the portal the state of the document it shows
window.addEventListener("message", function (event) {
  if (event.origin !== window.location.origin) {
    return;
  }
  const badge = document.querySelector(".doc-status");
  badge.innerHTML = event.data.label; // sink
});
