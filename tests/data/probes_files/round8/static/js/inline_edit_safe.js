// family: xss 79 safe
function finishEdit(cell, row) {
  cell.outerHTML = `<td class="comment" data-id="${Number(row.id)}">${escapeHtml(row.comment)}</td>`;
}
