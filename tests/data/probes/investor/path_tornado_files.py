# family: path 22 23 36 73 99
import os

import tornado.web

SLIDES = "/srv/ir/slides"


class VulnSlideUpload(tornado.web.RequestHandler):
    def post(self):
        upload = self.request.files["slides"][0]
        with open(os.path.join(SLIDES, upload["filename"]), "wb") as out:  # sink
            out.write(upload["body"])


class SafeSlideUpload(tornado.web.RequestHandler):
    def post(self):
        upload = self.request.files["slides"][0]
        with open(os.path.join(SLIDES, os.path.basename(upload["filename"])), "wb") as out:  # sink
            out.write(upload["body"])


class VulnSlideByCookie(tornado.web.RequestHandler):
    def get(self):
        deck = self.get_cookie("deck", "default")
        with open(os.path.join(SLIDES, deck + ".pdf"), "rb") as slides:  # sink
            self.write(slides.read())


class SafeSlideByCookie(tornado.web.RequestHandler):
    def get(self):
        deck = self.get_cookie("deck", "default")
        if not deck.isalnum():
            raise tornado.web.HTTPError(400)
        with open(os.path.join(SLIDES, deck + ".pdf"), "rb") as slides:  # sink
            self.write(slides.read())
