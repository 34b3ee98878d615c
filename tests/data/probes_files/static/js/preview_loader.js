// family: xss 79 vuln
// Loads a preview fragment; the fragment's address comes from the link the visitor followed.
const source = new URLSearchParams(window.location.search).get("preview");
fetch(source)
  .then((response) => response.text())
  .then(function (html) {
    document.getElementById("preview").innerHTML = html; // sink
  });
