function showResults(query, items) {
  const list = document.getElementById("results");
  list.textContent = "";
  for (const item of items) {
    const entry = document.createElement("li");
    entry.textContent = item.title;
    list.appendChild(entry);
  }
  return JSON.parse(query.count);
}
