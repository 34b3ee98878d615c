// family: xss 79 safe
(function () {
  var params = new URLSearchParams(window.location.search);
  var flash = params.get("flash");
  if (flash) {
    $("#content").prepend($('<div class="alert"></div>').text(flash));
    $("#page-title").after($('<p class="hint"></p>').text(params.get("hint")));
  }
})();
