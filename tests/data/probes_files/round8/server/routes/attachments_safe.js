// family: path 22 safe
const fs = require("fs/promises");
const path = require("path");
const UPLOADS = "/srv/uploads";

module.exports = async function download(req, res) {
  const data = await fs.readFile(path.join(UPLOADS, path.basename(req.params.file)));
  res.type("application/octet-stream").send(data);
};
