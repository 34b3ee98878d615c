# family: deser 502
import json
import pickle

import cherrypy


class VulnSnapshotImport:
    @cherrypy.expose
    def upload(self):
        snapshot = pickle.loads(cherrypy.request.body.read())  # sink
        return "imported %d rows" % len(snapshot)


class SafeSnapshotImport:
    @cherrypy.expose
    def upload(self):
        snapshot = json.loads(cherrypy.request.body.read())  # sink
        return "imported %d rows" % len(snapshot)


class VulnPreferences:
    @cherrypy.expose
    def index(self):
        prefs = pickle.loads(bytes.fromhex(cherrypy.request.cookie["prefs"].value))  # sink
        return "theme: %s" % ("dark" if prefs.get("dark") else "light")


class SafePreferences:
    @cherrypy.expose
    def index(self):
        prefs = json.loads(cherrypy.request.cookie["prefs"].value)  # sink
        return "theme: %s" % ("dark" if prefs.get("dark") else "light")
