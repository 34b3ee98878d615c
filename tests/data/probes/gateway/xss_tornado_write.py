# family: xss 79 80
import tornado.escape
import tornado.web


class VulnHelloHandler(tornado.web.RequestHandler):
    def get(self):
        name = self.get_argument("name", "")
        self.write("<h1>Welcome back, " + name + "</h1>")  # sink


class SafeHelloHandler(tornado.web.RequestHandler):
    def get(self):
        name = self.get_argument("name", "")
        self.write("<h1>Welcome back, " + tornado.escape.xhtml_escape(name) + "</h1>")  # sink


class VulnDeskHandler(tornado.web.RequestHandler):
    def get(self):
        desk = self.get_cookie("desk", "")
        self.finish(f"<div class='desk'>{desk}</div>")  # sink


class SafeDeskHandler(tornado.web.RequestHandler):
    def get(self):
        self.render("desk.html", desk=self.get_cookie("desk", ""))  # sink
