// family: cmd 78 safe
const { execFile } = require("node:child_process");
const path = require("node:path");

module.exports = function thumbnail(req, res) {
  const name = path.basename(String(req.query.file));
  execFile("convert", ["uploads/" + name, "-resize", "200x200", "thumbs/out.png"], (err) => {
    res.sendStatus(err ? 500 : 204);
  });
};
