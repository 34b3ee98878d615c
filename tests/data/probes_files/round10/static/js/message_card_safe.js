// family: xss 79 safe
// messages pushed by the adviser chat widget in another frame
window.addEventListener("message", (event) => {
  const card = document.createElement("div");
  card.innerHTML = `<h3>${DOMPurify.sanitize(event.data.subject)}</h3><p>${DOMPurify.sanitize(event.data.body)}</p>`;
  document.getElementById("inbox").appendChild(card);
});
