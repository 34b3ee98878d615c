import tornado.web


class BaseHandler(tornado.web.RequestHandler):
    def get_current_user(self):
        return self.get_signed_cookie("user")


class PortfolioHandler(BaseHandler):  # quiet
    @tornado.web.authenticated
    def get(self, account):
        self.write({"account": account})


class QuoteHandler(BaseHandler):  # expect
    def get(self, symbol):
        self.write({"symbol": symbol, "quote": load_quote(symbol)})


def load_quote(symbol):
    return 0


def make_app():
    return tornado.web.Application([(r"/portfolio/(\w+)", PortfolioHandler), (r"/quote/(\w+)", QuoteHandler)])
