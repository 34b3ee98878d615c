// family: xss 79 vuln
function printReceipt(receipt) {
  var win = window.open("", "_blank");
  win.document.write("<h1>Receipt " + receipt.number + "</h1><p>" + receipt.buyerNote + "</p>"); // sink
  win.document.close();
  win.print();
}
