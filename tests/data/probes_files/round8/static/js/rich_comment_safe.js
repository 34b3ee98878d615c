// family: xss 79 safe
function renderComment(el, comment) {
  el.innerHTML = DOMPurify.sanitize(comment.html, { USE_PROFILES: { html: true }, FORBID_TAGS: ["style"] });
}
