// family: xss 79 safe
import DOMPurify from "dompurify";

function addEntry(feed, entry) {
  feed.insertAdjacentHTML("beforeend", DOMPurify.sanitize(`<li>${entry.author} commented on ${entry.documentTitle}</li>`));
}
