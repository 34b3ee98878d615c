// family: eval 95 safe
// Applies the discount chosen in the pricing form.
const FORMULAS = {
  none: (price) => price,
  staff: (price) => price * 0.8,
  partner: (price) => price * 0.9,
};
document.getElementById("apply").addEventListener("click", () => {
  const discount = FORMULAS[document.getElementById("formula").value] || FORMULAS.none;
  document.getElementById("total").textContent = discount(Number(document.getElementById("price").value));
});
