# family: xss 79 80
import html

import tornado.web
from flask import request
from flask.views import MethodView, View


# a MethodView's answer is a route's answer: a string is sent as text/html
class VulnMessageView(MethodView):
    def get(self):
        return request.args.get("message", "")  # sink


class SafeMessageView(MethodView):
    def get(self):
        return html.escape(request.args.get("message", ""))  # sink


class VulnNoticeView(View):
    def dispatch_request(self):
        return request.args.get("notice", "")  # sink


class SafeNoticeView(View):
    def dispatch_request(self):
        return {"notice": request.args.get("notice", "")}  # sink


# RequestHandler.write(str) sends text/html unless the handler sets another Content-Type
class VulnEcho(tornado.web.RequestHandler):
    def get(self):
        self.write(self.get_argument("message", ""))  # sink


class SafeEcho(tornado.web.RequestHandler):
    def get(self):
        self.write(html.escape(self.get_argument("message", "")))  # sink


class SafeEchoJson(tornado.web.RequestHandler):
    def get(self):
        self.write({"message": self.get_argument("message", "")})  # sink


class SafeEchoText(tornado.web.RequestHandler):
    def get(self):
        self.set_header("Content-Type", "text/plain; charset=utf-8")
        self.write(self.get_argument("message", ""))  # sink


# a dict kept in a name is written as JSON too
class SafeEchoRecord(tornado.web.RequestHandler):
    def get(self):
        record = {"message": self.get_argument("message", ""), "status": "ok"}
        self.write(record)  # sink


class VulnGreeting(tornado.web.RequestHandler):
    def get(self):
        self.finish("Hello, " + self.get_argument("name", "investor"))  # sink


# a handler base choosing the Content-Type per the client's Accept header (JSON or YAML) for what it writes
class NegotiatingHandler(tornado.web.RequestHandler):
    FORMATS = {"application/json": "json", "application/x-yaml": "yaml"}

    def serialize(self, data):
        accepted = self.request.headers.get("Accept", "application/json")
        kind = accepted if accepted in self.FORMATS else "application/json"
        self.set_header("Content-Type", kind)
        return repr(data)


class SafeNegotiatedEcho(NegotiatingHandler):
    def get(self):
        self.write(self.serialize({"message": self.get_argument("message", "")}))  # sink


class SafeEchoDict(tornado.web.RequestHandler):
    def get(self):
        self.write(dict(message=self.get_argument("message", ""), status="ok"))  # sink
