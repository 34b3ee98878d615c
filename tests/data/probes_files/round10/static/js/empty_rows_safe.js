// family: xss 79 safe
// an empty table gets one placeholder row
function showEmpty(table) {
  table.insertAdjacentHTML("beforeend", emptyRow);
}

const emptyRow = '<tr class="empty"><td colspan="3">No filings yet</td></tr>';
