// family: xss 79 vuln
// a "back" link on the printable view
document.write('<a class="back" href="' + document.referrer + '">Back</a>'); // sink
