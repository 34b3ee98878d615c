# family: log 117
import logging

import cherrypy

log = logging.getLogger("gateway.cherrypy")


class VulnQuotes:
    @cherrypy.expose
    @cherrypy.tools.json_out()
    def index(self):
        log.info("quotes for " + cherrypy.request.headers.get("X-Client-Id", "?"))  # sink
        return {"quotes": []}


class SafeQuotes:
    @cherrypy.expose
    @cherrypy.tools.json_out()
    def index(self):
        client = cherrypy.request.headers.get("X-Client-Id", "?").replace("\r", "").replace("\n", "")
        log.info("quotes for " + client)  # sink
        return {"quotes": []}
