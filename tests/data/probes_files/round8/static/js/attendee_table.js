// family: xss 79 vuln
function addAttendeeRow($table, attendee) {
  $table.find("tbody").append("<tr><td>" + attendee.name + "</td><td>" + attendee.company + "</td></tr>"); // sink
}

$("#attendee-form").on("submit", function (event) {
  event.preventDefault();
  addAttendeeRow($("#attendees"), { name: $("#name").val(), company: $("#company").val() });
});
