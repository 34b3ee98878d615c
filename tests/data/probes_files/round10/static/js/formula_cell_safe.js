// family: eval 95 safe
// the model sheet sends a named computation; the page knows the computations
const computations = {
  total: (row) => row.quantity * row.price,
  weight: (row) => row.value / row.portfolioValue,
};
window.addEventListener("message", (event) => {
  const compute = computations[event.data.formula];
  if (compute) {
    render(compute(event.data.row));
  }
});
const saved = localStorage.getItem("portal.layout");
const layout = JSON.parse(saved || "{}");
