// family: xss 79 safe
// Shows the number of unread notifications in the header.
$(function () {
  $.getJSON("/api/notifications/unread", function (notifications) {
    const count = notifications.length;
    $("#latest").html('<span class="badge">' + count + "</span>");
  });
});
