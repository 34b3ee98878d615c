# family: ssti 1336 94
import tornado.template
import tornado.web


class VulnTeaser(tornado.web.RequestHandler):
    def post(self):
        layout = self.get_body_argument("layout")
        self.write(tornado.template.Template(layout).generate(issuer="Acme Holdings"))  # sink


class SafeTeaser(tornado.web.RequestHandler):
    def post(self):
        issuer = self.get_body_argument("issuer")
        self.write(tornado.template.Template("<p>{{ issuer }}</p>").generate(issuer=issuer))  # sink


class SafeTeaserPage(tornado.web.RequestHandler):
    def post(self):
        self.render("teaser.html", issuer=self.get_body_argument("issuer"))  # sink
