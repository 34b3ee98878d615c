# family: path 22 23 36 73 99
import os

import cherrypy

ARCHIVE = "/srv/ir/archive"


# default(*parts) receives the rest of the URL's path, one segment each
class VulnArchive:
    @cherrypy.expose
    def default(self, *parts):
        with open(os.path.join(ARCHIVE, *parts), "rb") as doc:  # sink
            return doc.read()


class SafeArchive:
    @cherrypy.expose
    def default(self, *parts):
        if any(part in ("", ".", "..") or "/" in part for part in parts):
            raise cherrypy.HTTPError(404)
        with open(os.path.join(ARCHIVE, *parts), "rb") as doc:  # sink
            return doc.read()
