// family: cmd 78 vuln
const { exec } = require("node:child_process");

module.exports = function thumbnail(req, res) {
  exec("convert uploads/" + req.query.file + " -resize 200x200 thumbs/out.png", (err) => { // sink
    res.sendStatus(err ? 500 : 204);
  });
};
