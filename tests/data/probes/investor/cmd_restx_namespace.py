# family: cmd 78
import subprocess

from flask_restx import Namespace, Resource

ns = Namespace("exports", description="Shareholder register exports")


# a Namespace's route decorator on the class: get(self, register) receives the rule's variable part
@ns.route("/registers/<register>")
class VulnRegisterExport(Resource):
    def get(self, register):
        subprocess.run(f"/opt/ir/bin/export-register {register}", shell=True, check=True)  # sink
        return {"status": "queued"}


@ns.route("/registers/safe/<register>")
class SafeRegisterExport(Resource):
    def get(self, register):
        subprocess.run(["/opt/ir/bin/export-register", "--", register], check=True)  # sink
        return {"status": "queued"}


# the namespace's payload is the request's JSON body
@ns.route("/archives")
class VulnArchive(Resource):
    def post(self):
        label = ns.payload["label"]
        subprocess.run("tar czf /srv/ir/archives/%s.tgz /srv/ir/register" % label, shell=True)  # sink
        return {"status": "archived"}


@ns.route("/archives/safe")
class SafeArchive(Resource):
    def post(self):
        label = ns.payload["label"]
        subprocess.run(["tar", "czf", f"/srv/ir/archives/{label}.tgz", "/srv/ir/register"])  # sink
        return {"status": "archived"}
