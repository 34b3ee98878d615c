// family: xss 79 safe
const express = require("express");
const escapeHtml = require("escape-html");
const router = express.Router();

router.get("/search", async (req, res) => {
  const hits = await req.app.locals.catalog.search(req.query.q);
  if (hits.length === 0) {
    return res.send(`<p>No results for ${escapeHtml(req.query.q)}</p>`);
  }
  res.render("search", { hits, q: req.query.q });
});

module.exports = router;
