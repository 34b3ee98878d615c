# family: ssti 1336 94
import tornado.web
from tornado.template import Loader, Template

PAGES = Loader("/srv/archive/tornado-templates")


class VulnBannerHandler(tornado.web.RequestHandler):
    def post(self):
        banner = self.get_body_argument("banner")
        self.write(Template(banner).generate(desk="Archive"))  # sink


class SafeBannerHandler(tornado.web.RequestHandler):
    def post(self):
        banner = self.get_body_argument("banner")
        self.write(PAGES.load("banner.html").generate(desk="Archive", banner=banner))
