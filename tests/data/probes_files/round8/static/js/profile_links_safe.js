// family: xss 79 safe
function showWebsite(card, profile) {
  const link = document.createElement("a");
  const url = new URL(profile.website, location.origin);
  link.setAttribute("href", ["http:", "https:"].includes(url.protocol) ? url.href : "#");
  link.textContent = profile.website;
  card.appendChild(link);
}
