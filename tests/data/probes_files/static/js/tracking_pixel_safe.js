// family: xss 79 safe
document.write('<img src="/pixel.gif?ref=' + encodeURIComponent(document.referrer) + '" alt="">');
