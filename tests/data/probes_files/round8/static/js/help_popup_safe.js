// family: redirect 601 safe
document.querySelectorAll("[data-help]").forEach((button) => {
  button.addEventListener("click", () => {
    const topic = new URLSearchParams(location.hash.slice(1)).get("help");
    window.open("/help/" + encodeURIComponent(topic) + "/", "help", "width=600,height=400");
  });
});
