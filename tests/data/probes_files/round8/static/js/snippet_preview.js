// family: xss 79 vuln
function showSnippet(container, snippet) {
  const fragment = document.createRange().createContextualFragment(snippet.html); // sink
  container.replaceChildren(fragment);
}

window.addEventListener("message", (event) => showSnippet(document.getElementById("preview"), event.data));
