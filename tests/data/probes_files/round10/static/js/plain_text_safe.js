// family: xss 79 safe
// the adviser's name from the address bar, shown in the header
const adviser = new URLSearchParams(location.search).get("adviser");
const header = document.querySelector(".adviser");
header.textContent = adviser;
header.setAttribute("title", adviser);
