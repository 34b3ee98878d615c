# family: path 22 23 36 73 99
import os

import falcon

from .backend import read_report, read_report_named

REPORTS = "/srv/gateway/reports"


class VulnReportResource:
    def on_get(self, req, resp, name):
        with open(os.path.join(REPORTS, name), "rb") as fh:  # sink
            resp.data = fh.read()
        resp.content_type = "application/pdf"


class SafeReportResource:
    def on_get(self, req, resp, name):
        with open(os.path.join(REPORTS, os.path.basename(name)), "rb") as fh:  # sink
            resp.data = fh.read()
        resp.content_type = "application/pdf"


class VulnExportResource:
    def on_get(self, req, resp):
        resp.data = read_report(req.get_param("file"))  # sink
        resp.content_type = "application/pdf"


class SafeExportResource:
    def on_get(self, req, resp):
        resp.data = read_report_named(req.get_param("file"))  # sink
        resp.content_type = "application/pdf"


class VulnStatementUpload:
    def on_put(self, req, resp, name):
        with open(os.path.join("/srv/gateway/inbox", name), "wb") as out:  # sink
            out.write(req.bounded_stream.read())
        resp.status = falcon.HTTP_201


class SafeStatementUpload:
    def on_put(self, req, resp, statement_id):
        with open(os.path.join("/srv/gateway/inbox", f"{statement_id}.pdf"), "wb") as out:  # sink
            out.write(req.bounded_stream.read())
        resp.status = falcon.HTTP_201


app = falcon.App()
app.add_route("/falcon/reports/{name}", VulnReportResource())
app.add_route("/falcon/reports/safe/{name}", SafeReportResource())
app.add_route("/falcon/export", VulnExportResource())
app.add_route("/falcon/export/safe", SafeExportResource())
app.add_route("/falcon/statements/{name}", VulnStatementUpload())
app.add_route("/falcon/statements/safe/{statement_id:uuid}", SafeStatementUpload())
