// family: xss 79 vuln
document.write('<img src="/pixel.gif?ref=' + document.referrer + '" alt="">'); // sink
