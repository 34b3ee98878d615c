// family: xss 79 safe
// the session expiry notice in the user's language
function warnExpiry(minutes) {
  $(".notice").html(gettext("Your session expires soon. <a href=\"/session/extend/\">Stay signed in</a>"));
  const counter = interpolate(ngettext("%s minute left", "%s minutes left", minutes), [minutes]);
  $(".notice-count").html(counter);
}
