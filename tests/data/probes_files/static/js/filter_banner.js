// family: xss 79 vuln
const params = new URLSearchParams(window.location.search);
const category = params.get("category");
if (category) {
  document.querySelector(".filter-banner").innerHTML = `Showing reports in <em>${category}</em>`; // sink
}
