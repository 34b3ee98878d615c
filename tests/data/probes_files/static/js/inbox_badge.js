// family: xss 79 vuln
// Shows the latest notification's text in the header.
$(function () {
  $.getJSON("/api/notifications/latest", function (notification) {
    const message = notification.sender + " wrote: " + notification.subject;
    $("#latest").html('<span class="notice">' + message + "</span>"); // sink
  });
});
