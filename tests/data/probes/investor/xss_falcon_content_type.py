# family: xss 79 80
import falcon


class VulnBriefingPage:
    def on_get(self, req, resp):
        resp.content_type = falcon.MEDIA_HTML
        resp.text = "<h1>Briefing: " + req.get_param("title", default="") + "</h1>"  # sink


# the response says text/plain: a browser shows the text
class SafeBriefingText:
    def on_get(self, req, resp):
        resp.content_type = falcon.MEDIA_TEXT
        resp.text = "Briefing: " + req.get_param("title", default="")  # sink


app = falcon.App()
app.add_route("/briefing", VulnBriefingPage())
app.add_route("/briefing.txt", SafeBriefingText())
