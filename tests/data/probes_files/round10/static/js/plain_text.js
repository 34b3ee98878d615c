// family: xss 79 vuln
// the adviser's name from the address bar, shown in the header
const adviser = new URLSearchParams(location.search).get("adviser");
const header = document.querySelector(".adviser");
header.innerHTML = adviser; // sink
