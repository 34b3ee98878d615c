// family: tls 295 safe
const https = require("node:https");
const fs = require("node:fs");

const agent = new https.Agent({ keepAlive: true, ca: fs.readFileSync("/etc/ssl/ledger-ca.pem") });
module.exports = { agent };
