// family: xss 79 vuln
// the filter the client typed is kept in the address bar's fragment
function showEmpty(table) {
  const filter = decodeURIComponent(window.location.hash.slice(1));
  table.insertAdjacentHTML("beforeend", "<tr><td colspan=\"3\">Nothing matches " + filter + "</td></tr>"); // sink
}
