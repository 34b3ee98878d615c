// family: cmd 78 safe
const { execFile } = require("child_process");
const { promisify } = require("util");
const run = promisify(execFile);

module.exports = async function branchLog(req, res) {
  const { stdout } = await run("git", ["log", "--oneline", "-n", "20", "--end-of-options", req.query.branch], { cwd: "/srv/repo" });
  res.type("text/plain").send(stdout);
};
