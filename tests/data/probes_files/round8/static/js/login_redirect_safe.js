// family: redirect 601 safe
document.getElementById("login-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const response = await fetch("/api/login/", { method: "POST", body: new FormData(event.target) });
  if (response.ok) {
    const next = new URLSearchParams(location.search).get("next");
    window.location = next && next.startsWith("/") && !next.startsWith("//") ? next : "/dashboard/";
  }
});
