// family: xss 79 vuln
(function () {
  var params = new URLSearchParams(window.location.search);
  var flash = params.get("flash");
  if (flash) {
    $("#content").prepend('<div class="alert">' + flash + "</div>"); // sink
    $("#page-title").after("<p class=\"hint\">" + params.get("hint") + "</p>"); // sink
  }
})();
