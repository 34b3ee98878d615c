// family: xss 79 safe
// the dashboard shows how many filings are open and their total value
function showTotals(rows) {
  const total = rows.reduce((sum, row) => sum + row.amount, 0);
  document.getElementById("recent").innerHTML = "<b>" + rows.length + "</b> open filings";
  document.getElementById("total").innerHTML = `<span class="amount">${total.toFixed(2)}</span> EUR`;
}
