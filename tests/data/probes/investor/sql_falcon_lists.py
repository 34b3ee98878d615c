# family: sql 89
import sqlite3

import falcon

DB = "/srv/ir/portal.db"


class VulnIssuerBatch:
    def on_get(self, req, resp):
        codes = req.get_param_as_list("code") or []
        con = sqlite3.connect(DB)
        quoted = ", ".join(f"'{c}'" for c in codes)
        resp.media = con.execute(f"SELECT name FROM issuers WHERE code IN ({quoted})").fetchall()  # sink


class SafeIssuerBatch:
    def on_get(self, req, resp):
        codes = req.get_param_as_list("code") or []
        con = sqlite3.connect(DB)
        marks = ", ".join("?" for _ in codes)
        resp.media = con.execute(f"SELECT name FROM issuers WHERE code IN ({marks})", codes).fetchall()  # sink


app = falcon.App()
app.add_route("/issuers/batch", VulnIssuerBatch())
app.add_route("/issuers/batch/safe", SafeIssuerBatch())
