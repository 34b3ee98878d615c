// family: xss 79 safe
function showSnippet(container, snippet) {
  const fragment = document.createRange().createContextualFragment(DOMPurify.sanitize(snippet.html));
  container.replaceChildren(fragment);
}

window.addEventListener("message", (event) => showSnippet(document.getElementById("preview"), event.data));
