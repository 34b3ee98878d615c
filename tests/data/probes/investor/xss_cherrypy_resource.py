# family: xss 79 80
import html

import cherrypy


# a class exposed whole, served by the MethodDispatcher: GET(self, ticker) is called with the query's values
@cherrypy.expose
class VulnQuoteResource:
    def GET(self, ticker=""):
        return f"<h1>Quote for {ticker}</h1>"  # sink


@cherrypy.expose
class SafeQuoteResource:
    def GET(self, ticker=""):
        return f"<h1>Quote for {html.escape(ticker)}</h1>"  # sink


# exposed by its attribute, the older spelling
class VulnFilingsResource:
    exposed = True

    def GET(self, issuer=""):
        return "<p>Filings of %s</p>" % issuer  # sink


class SafeFilingsResource:
    exposed = True

    def GET(self, issuer=""):
        return "<p>Filings of %s</p>" % html.escape(issuer)  # sink


# a plain helper class of the module: its methods are called by the code, not by CherryPy
class SafeBannerBuilder:
    def GET(self, title):
        return f"<h2>{title}</h2>"

    def render(self):
        return self.GET("Investor relations")


# json_out: what the method returns is sent as JSON
@cherrypy.expose
class SafeQuoteJson:
    @cherrypy.tools.json_out()
    def GET(self, ticker=""):
        return f"Quote for {ticker}"  # sink


class SafeTickerText:
    @cherrypy.expose
    def index(self, ticker=""):
        cherrypy.response.headers["Content-Type"] = "text/plain"
        return f"Quote for {ticker}"  # sink


class VulnTickerPage:
    @cherrypy.expose
    def index(self, ticker=""):
        cherrypy.response.headers["Content-Type"] = "text/html"
        return f"Quote for {ticker}"  # sink
