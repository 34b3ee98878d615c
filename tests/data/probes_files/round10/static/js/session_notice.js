// family: xss 79 vuln
// a greeting in the user's language, with the name the invitation link carries
const invited = new URLSearchParams(location.search).get("name");
const message = interpolate(gettext("Welcome, %s. Your data room is ready."), [invited]);
$(".notice").html(message); // sink
