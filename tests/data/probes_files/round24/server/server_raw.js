// family: server 78 79 89 22 295 vuln
const express = require("express");
const path = require("path");
const https = require("https");
const { exec } = require("child_process");
const { Pool } = require("pg");

const app = express();
const pool = new Pool();
const STATEMENTS = "/var/clearing/statements";

app.get("/search", (req, res) => {
  res.send("<p>Results for " + req.query.q + "</p>"); // sink
});

app.get("/statements/:name", (req, res) => {
  res.sendFile(path.join(STATEMENTS, req.params.name)); // sink
});

app.get("/positions", async (req, res) => {
  const { rows } = await pool.query(`SELECT * FROM positions WHERE member = '${req.query.member}'`); // sink
  res.json(rows);
});

app.post("/archive/:member", (req, res) => {
  const member = req.params.member;
  exec(`tar czf /var/archive/${member}.tgz /var/statements/${member}`, () => res.end()); // sink
});

const agent = new https.Agent({ rejectUnauthorized: false }); // sink

module.exports = { app, agent };
