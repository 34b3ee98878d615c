// family: xss 79 vuln
function addEntry(feed, entry) {
  feed.insertAdjacentHTML("beforeend", `<li>${entry.author} commented on ${entry.documentTitle}</li>`); // sink
}
