# family: redirect 601
import cherrypy


class VulnLogin:
    @cherrypy.expose
    def done(self, next_url="/"):
        raise cherrypy.HTTPRedirect(next_url)  # sink


class SafeLogin:
    @cherrypy.expose
    def done(self, next_url="/"):
        raise cherrypy.HTTPRedirect("/portfolio" if next_url == "portfolio" else "/")  # sink
