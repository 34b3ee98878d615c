// family: xss 79 vuln
// the search page shows what the client searched for
const params = new URLSearchParams(window.location.search);
const query = params.get("q") || "";
const heading = document.getElementById("results-heading");
heading.innerHTML = "Filings matching <em>" + query + "</em>"; // sink
