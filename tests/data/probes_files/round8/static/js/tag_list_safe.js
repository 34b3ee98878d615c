// family: xss 79 safe
$(function () {
  $.getJSON("/api/tags/popular/", function (tags) {
    var $list = $("#tag-list");
    tags.forEach(function (tag) {
      $('<li class="tag"></li>').text(tag.label).appendTo($list);
    });
  });
});
