// family: xss 79 vuln
// the dashboard reminds the client of the last filing they opened
const last = localStorage.getItem("portal.lastFiling");
if (last) {
  document.getElementById("recent").innerHTML = "<a href=\"/filings/\">Continue with " + last + "</a>"; // sink
}
