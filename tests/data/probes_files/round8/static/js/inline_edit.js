// family: xss 79 vuln
function finishEdit(cell, row) {
  cell.outerHTML = `<td class="comment" data-id="${row.id}">${row.comment}</td>`; // sink
}
