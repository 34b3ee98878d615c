// family: xss 79 vuln
// messages pushed by the adviser chat widget in another frame
window.addEventListener("message", (event) => {
  const card = document.createElement("div");
  card.innerHTML = `<h3>${event.data.subject}</h3><p>${event.data.body}</p>`; // sink
  document.getElementById("inbox").appendChild(card);
});
