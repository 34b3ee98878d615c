// family: xss 79 vuln
// The cart label echoes the ?added= parameter after adding an item.
const added = new URLSearchParams(location.search).get("added");
$("#cart-label").html("<strong>" + added + "</strong> added to your cart");  // sink
