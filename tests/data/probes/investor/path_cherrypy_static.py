# family: path 22 23 36 73 99
import os

import cherrypy
from cherrypy.lib.static import serve_file

REPORTS = "/srv/ir/reports"
PUBLISHED = {"annual-2025": "annual-2025.pdf", "q3-2025": "q3-2025.pdf"}


class VulnReports:
    @cherrypy.expose
    def download(self, name):
        return serve_file(os.path.join(REPORTS, name), "application/pdf")  # sink


class SafeReports:
    @cherrypy.expose
    def download(self, name):
        return serve_file(os.path.join(REPORTS, PUBLISHED.get(name, "annual-2025.pdf")), "application/pdf")  # sink


class VulnAttachments:
    @cherrypy.expose
    def attachment(self):
        name = cherrypy.request.params.get("file", "")
        return cherrypy.lib.static.serve_download(os.path.join(REPORTS, name))  # sink


class SafeAttachments:
    @cherrypy.expose
    def attachment(self):
        name = os.path.basename(cherrypy.request.params.get("file", ""))
        return cherrypy.lib.static.serve_download(os.path.join(REPORTS, name))  # sink
