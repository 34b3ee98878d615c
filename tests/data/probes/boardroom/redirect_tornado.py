# family: redirect 601
from urllib.parse import urlparse

import tornado.web


class VulnReturnHandler(tornado.web.RequestHandler):
    def get(self):
        self.redirect(self.get_argument("next", "/board"))  # sink


class SafeReturnHandler(tornado.web.RequestHandler):
    def get(self):
        self.redirect(self.reverse_url("board-home"))  # sink


class VulnMovedHandler(tornado.web.RequestHandler):
    def get(self):
        self.set_status(302)
        self.set_header("Location", self.get_argument("to"))  # sink


class SafeMovedHandler(tornado.web.RequestHandler):
    def get(self):
        target = self.get_argument("to")
        parts = urlparse(target)
        if parts.scheme or parts.netloc or not target.startswith("/"):
            target = "/board"
        self.set_status(302)
        self.set_header("Location", target)  # sink


# a helper class of the project with a redirect method: it keeps a pending page, it sends no answer
class PendingPage:
    def __init__(self):
        self.page = None

    def redirect(self, page):
        self.page = page


class SafePendingHandler(tornado.web.RequestHandler):
    def get(self):
        pending = PendingPage()
        pending.redirect(self.get_argument("page"))  # sink
        self.write({"pending": pending.page})
