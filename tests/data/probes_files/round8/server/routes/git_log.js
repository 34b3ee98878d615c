// family: cmd 78 vuln
const { exec } = require("child_process");
const { promisify } = require("util");
const run = promisify(exec);

module.exports = async function branchLog(req, res) {
  const { stdout } = await run(`git log --oneline -n 20 ${req.query.branch}`, { cwd: "/srv/repo" }); // sink
  res.type("text/plain").send(stdout);
};
