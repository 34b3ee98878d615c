// family: xss 79 safe
function addAttendeeRow($table, attendee) {
  $table.find("tbody").append($("<tr>").append($("<td>").text(attendee.name), $("<td>").text(attendee.company)));
}

$("#attendee-form").on("submit", function (event) {
  event.preventDefault();
  addAttendeeRow($("#attendees"), { name: $("#name").val(), company: $("#company").val() });
});
