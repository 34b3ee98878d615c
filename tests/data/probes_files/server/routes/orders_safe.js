// family: sql 89 safe
module.exports = async function listOrders(req, res, db) {
  const rows = await db.query("SELECT id, total FROM orders WHERE customer_id = $1", [req.params.customerId]);
  res.json(rows);
};
