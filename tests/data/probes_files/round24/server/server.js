// family: server 78 79 89 22 295 safe
const express = require("express");
const path = require("path");
const https = require("https");
const { exec, execFile } = require("child_process");
const escapeHtml = require("escape-html");
const { Pool } = require("pg");

const app = express();
const pool = new Pool();
const STATEMENTS = "/var/clearing/statements";

app.get("/search", (req, res) => {
  res.send(`<p>Results for ${escapeHtml(req.query.q)}</p>`);
});

app.get("/api/member", (req, res) => {
  res.json({ query: req.query.q });
});

app.get("/statements/:name", (req, res) => {
  res.sendFile(path.basename(req.params.name), { root: STATEMENTS });
});

app.get("/positions", async (req, res) => {
  const { rows } = await pool.query("SELECT * FROM positions WHERE member = $1", [req.query.member]);
  res.json(rows);
});

app.get("/version", (req, res) => {
  exec("git rev-parse HEAD", (err, stdout) => res.json({ version: stdout.trim() }));
});

app.post("/archive/:member", (req, res) => {
  const member = req.params.member;
  execFile("tar", ["czf", `/var/archive/${member}.tgz`, "--", `/var/statements/${member}`], () => res.end());
});

const agent = new https.Agent({ ca: process.env.CLEARING_CA_BUNDLE, rejectUnauthorized: true, keepAlive: true });

module.exports = { app, agent };
