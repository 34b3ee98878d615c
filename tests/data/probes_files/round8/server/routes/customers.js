// family: sql 89 vuln
const mysql = require("mysql");
const pool = mysql.createPool({ host: "db", user: "portal", database: "portal" });

module.exports = function findCustomer(req, res) {
  pool.query("SELECT id, name FROM customers WHERE email = '" + req.body.email + "'", (err, rows) => { // sink
    if (err) return res.sendStatus(500);
    res.json(rows);
  });
};
