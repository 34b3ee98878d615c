// family: xss 79 vuln
function showWebsite(card, profile) {
  const link = document.createElement("a");
  link.setAttribute("href", profile.website); // sink
  link.textContent = profile.website;
  card.appendChild(link);
}
