# family: redirect 601
import tornado.web


class VulnLoginDoneHandler(tornado.web.RequestHandler):
    def get(self):
        self.redirect(self.get_argument("next", "/"))  # sink


class SafeLoginDoneHandler(tornado.web.RequestHandler):
    def get(self):
        target = self.get_argument("next", "/")
        if not target.startswith("/") or target.startswith("//") or "\\" in target:
            target = "/"
        self.redirect(target)  # sink
