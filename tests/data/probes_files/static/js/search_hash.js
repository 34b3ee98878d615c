// family: xss 79 vuln
// The search page shows what the visitor typed after the '#'.
function showQuery() {
  const results = document.getElementById("results");
  const term = decodeURIComponent(window.location.hash.slice(1));
  results.innerHTML = "<p>No results for <b>" + term + "</b></p>"; // sink
}
window.addEventListener("hashchange", showQuery);
