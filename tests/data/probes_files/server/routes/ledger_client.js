// family: tls 295 vuln
const https = require("node:https");
const fs = require("node:fs");

const agent = new https.Agent({ keepAlive: true, rejectUnauthorized: false }); // sink
module.exports = { agent };
