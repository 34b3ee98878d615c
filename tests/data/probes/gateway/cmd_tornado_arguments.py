# family: cmd 78
import json
import shlex
import subprocess

import tornado.web

from .backend import render_statement, render_statement_quoted


class VulnPingHandler(tornado.web.RequestHandler):
    def get(self):
        host = self.get_argument("host")
        self.write(subprocess.check_output(f"ping -c 1 {host}", shell=True))  # sink


class SafePingHandler(tornado.web.RequestHandler):
    def get(self):
        host = self.get_argument("host")
        self.write(subprocess.check_output(f"ping -c 1 {shlex.quote(host)}", shell=True))  # sink


class VulnStatementHandler(tornado.web.RequestHandler):
    def post(self):
        body = json.loads(self.request.body)
        self.write(render_statement(body["client"]))  # sink


class SafeStatementHandler(tornado.web.RequestHandler):
    def post(self):
        body = json.loads(self.request.body)
        self.write(render_statement_quoted(body["client"]))  # sink


class VulnJobLogHandler(tornado.web.RequestHandler):
    def get(self, job):
        self.write(subprocess.check_output("tail -n 50 /var/log/gateway/%s.log" % job, shell=True))  # sink


class SafeJobLogHandler(tornado.web.RequestHandler):
    def get(self, job):
        self.write(subprocess.check_output(["tail", "-n", "50", f"/var/log/gateway/{job}.log"]))  # sink


app = tornado.web.Application(
    [
        (r"/tornado/ping", VulnPingHandler),
        (r"/tornado/ping/safe", SafePingHandler),
        (r"/tornado/statement", VulnStatementHandler),
        (r"/tornado/statement/safe", SafeStatementHandler),
        (r"/tornado/jobs/([^/]+)/log", VulnJobLogHandler),
        (r"/tornado/jobs/([^/]+)/log/safe", SafeJobLogHandler),
    ]
)
