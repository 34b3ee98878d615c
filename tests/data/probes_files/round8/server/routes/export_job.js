// family: cmd 78 vuln
const childProcess = require("node:child_process");

exports.exportReport = (req, res) => {
  const child = childProcess.exec(`pg_dump --table=${req.body.table} reports`); // sink
  child.stdout.pipe(res);
};
