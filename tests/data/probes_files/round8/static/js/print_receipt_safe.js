// family: xss 79 safe
function printReceipt(receipt) {
  var win = window.open("", "_blank");
  win.document.write("<h1>Receipt " + _.escape(receipt.number) + "</h1><p>" + _.escape(receipt.buyerNote) + "</p>");
  win.document.close();
  win.print();
}
