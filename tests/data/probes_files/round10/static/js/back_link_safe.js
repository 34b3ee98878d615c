// family: xss 79 safe
// the printable view's footer
const printedAt = new Date();
document.write("<footer>Printed " + printedAt.toLocaleDateString() + " &middot; page " + (history.length) + "</footer>");
document.write("<footer class=\"legal\">Confidential &mdash; insider information</footer>");
