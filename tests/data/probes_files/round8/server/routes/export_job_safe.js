// family: cmd 78 safe
const childProcess = require("node:child_process");

exports.exportReport = (req, res) => {
  const child = childProcess.execFile("pg_dump", [`--table=${req.body.table}`, "reports"]);
  child.stdout.pipe(res);
};
