// family: sql 89 vuln
module.exports = async function listOrders(req, res, db) {
  const rows = await db.query("SELECT id, total FROM orders WHERE customer_id = " + req.params.customerId); // sink
  res.json(rows);
};
