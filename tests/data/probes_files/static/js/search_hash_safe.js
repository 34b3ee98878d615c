// family: xss 79 safe
// The search page shows what the visitor typed after the '#'.
function showQuery() {
  const results = document.getElementById("results");
  const term = decodeURIComponent(window.location.hash.slice(1));
  results.querySelector("b.term").textContent = term;
}
window.addEventListener("hashchange", showQuery);
