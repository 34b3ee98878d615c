function showResults(query, html) {
  document.getElementById("results").innerHTML = html;
  const total = eval(query.count);
  return total;
}
