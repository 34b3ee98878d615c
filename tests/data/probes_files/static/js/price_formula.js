// family: eval 95 vuln
// Applies the discount formula typed into the pricing form.
document.getElementById("apply").addEventListener("click", () => {
  const formula = document.getElementById("formula").value;
  const discount = new Function("price", "return " + formula); // sink
  document.getElementById("total").textContent = discount(Number(document.getElementById("price").value));
});
