// family: eval 95 vuln
// the model sheet sends formulas to compute in the page
window.addEventListener("message", (event) => {
  const compute = new Function("row", "return " + event.data.formula); // sink
  render(compute(event.data.row));
});
const saved = localStorage.getItem("portal.layout");
const layout = eval("(" + saved + ")"); // sink
