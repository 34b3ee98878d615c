// family: path 22 vuln
const fs = require("fs/promises");
const path = require("path");
const UPLOADS = "/srv/uploads";

module.exports = async function download(req, res) {
  const data = await fs.readFile(path.join(UPLOADS, req.params.file)); // sink
  res.type("application/octet-stream").send(data);
};
