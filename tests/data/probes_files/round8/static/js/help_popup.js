// family: redirect 601 vuln
document.querySelectorAll("[data-help]").forEach((button) => {
  button.addEventListener("click", () => {
    const target = new URLSearchParams(location.hash.slice(1)).get("help");
    window.open(target, "help", "width=600,height=400"); // sink
  });
});
