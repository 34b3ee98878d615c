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


class SafeLetters:
    @cherrypy.expose
    def default(self, *parts):
        if not all(part.isalnum() for part in parts):
            raise cherrypy.HTTPError(404)
        with open(os.path.join(ARCHIVE, "letters", *parts), "rb") as doc:  # sink
            return doc.read()


# refusing ".." leaves an absolute segment: os.path.join(ARCHIVE, "/etc/passwd") is "/etc/passwd"
class VulnMinutes:
    @cherrypy.expose
    def default(self, *parts):
        if any(part == ".." for part in parts):
            raise cherrypy.HTTPError(404)
        with open(os.path.join(ARCHIVE, "minutes", *parts), "rb") as doc:  # sink
            return doc.read()


# one good segment says nothing of the others
class VulnNotices:
    @cherrypy.expose
    def default(self, *parts):
        if not any(part.isalnum() for part in parts):
            raise cherrypy.HTTPError(404)
        with open(os.path.join(ARCHIVE, "notices", *parts), "rb") as doc:  # sink
            return doc.read()
