// family: xss 79 safe
// the document viewer (an iframe) tells the portal the state of the document it shows
window.addEventListener("message", function (event) {
  if (event.origin !== window.location.origin) {
    return;
  }
  const badge = document.querySelector(".doc-status");
  badge.innerHTML = badges[event.data.state] || badges.unknown;
});

const badges = {
  draft: '<span class="badge badge-draft">Draft</span>',
  review: '<span class="badge badge-review">In review</span>',
  released: '<span class="badge badge-ok">Released</span>',
  unknown: '<span class="badge">Unknown</span>',
};
