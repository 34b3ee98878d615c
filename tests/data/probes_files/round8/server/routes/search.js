// family: xss 79 vuln
const express = require("express");
const router = express.Router();

router.get("/search", async (req, res) => {
  const hits = await req.app.locals.catalog.search(req.query.q);
  if (hits.length === 0) {
    return res.send(`<p>No results for ${req.query.q}</p>`); // sink
  }
  res.render("search", { hits, q: req.query.q });
});

module.exports = router;
