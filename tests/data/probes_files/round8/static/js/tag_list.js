// family: xss 79 vuln
$(function () {
  $.getJSON("/api/tags/popular/", function (tags) {
    var $list = $("#tag-list");
    tags.forEach(function (tag) {
      $('<li class="tag">' + tag.label + "</li>").appendTo($list); // sink
    });
  });
});
