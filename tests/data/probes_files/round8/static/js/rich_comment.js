// family: xss 79 vuln
function renderComment(el, comment) {
  el.innerHTML = DOMPurify.sanitize(comment.html, { ADD_TAGS: ["iframe"], ADD_ATTR: ["onload", "srcdoc"] }); // sink
}
