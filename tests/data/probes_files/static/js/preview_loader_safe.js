// family: xss 79 safe
// Loads the preview fragment the application's own server renders.
fetch("/reports/preview/fragment")
  .then((response) => response.text())
  .then(function (html) {
    document.getElementById("preview").innerHTML = html;
  });
