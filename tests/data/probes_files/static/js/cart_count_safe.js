// family: xss 79 safe
// The cart label echoes the ?added= parameter after adding an item.
const added = parseInt(new URLSearchParams(location.search).get("added"), 10) || 0;
$("#cart-label").html("<strong>" + added + "</strong> items added to your cart");
