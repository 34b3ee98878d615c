"""Servers listening on every network interface."""

import libcst as cst
from guidelint.cst import Context, Rule, RuleMeta, arg, fixed_values

ALL_INTERFACES = frozenset({"0.0.0.0", "::", "[::]", "0:0:0:0:0:0:0:0"})
# server classes whose first argument is a (host, port) address
ADDRESS_SERVERS = frozenset(
    {
        "http.server.HTTPServer",
        "http.server.ThreadingHTTPServer",
        "socketserver.TCPServer",
        "socketserver.ThreadingTCPServer",
        "socketserver.ForkingTCPServer",
        "socketserver.UDPServer",
        "socketserver.ThreadingUDPServer",
        "xmlrpc.server.SimpleXMLRPCServer",
        "wsgiref.simple_server.WSGIServer",
    }
)
# functions whose host is a keyword or a positional argument
HOST_FUNCTIONS = {
    "uvicorn.run": ("host", None),
    "waitress.serve": ("host", None),
    "aiohttp.web.run_app": ("host", None),
    "werkzeug.serving.run_simple": ("hostname", 0),
    "werkzeug.run_simple": ("hostname", 0),
    "wsgiref.simple_server.make_server": ("host", 0),
}


class BindAllInterfaces(Rule):
    meta = RuleMeta.of(
        id="NET104",
        clause="SG-4.3",
        title="Server bound to all network interfaces",
        severity="medium",
        confidence="medium",
        cwe=[605],
        owasp="A05:2021-Security Misconfiguration",
        message="{name} listens on every network interface",
        rationale=(
            "Binding to 0.0.0.0, :: or the empty host makes the service reachable from every network the "
            "machine is attached to, including networks the company separates it from. An internal tool or "
            "development server exposed this way gives outsiders a path to clients' confidential and insider "
            "information that the network separation was meant to close."
        ),
        remediation=(
            "Bind to 127.0.0.1 (or the one interface the service must serve), and take the address from "
            "configuration when the deployment really needs another interface, e.g. "
            "app.run(host=settings.BIND_HOST) with BIND_HOST defaulting to '127.0.0.1'."
        ),
        references=(
            "https://cwe.mitre.org/data/definitions/605.html",
            "https://docs.python.org/3/library/socket.html#socket.socket.bind",
        ),
    )
    nodes = (cst.Call,)
    needles = (
        *("0.0.0.0", '"::"', "'::'", "[::]", '(("",', "(('',", '(( "",', "(( '',"),
        *('make_server("",', "make_server('',", 'run_simple("",', "run_simple('',"),
    )

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        assert isinstance(node, cst.Call)
        if not node.args:
            return
        func = node.func
        attr = func.attr.value if isinstance(func, cst.Attribute) else None
        if attr == "bind":
            address = arg(node, "address", 0)
            if address is not None and _all_interfaces_address(address.value, ctx):
                ctx.report(node, self.meta.message.format(name=f"{ctx.code(func)}()"))
            return
        if attr == "run":
            host = arg(node, "host")
            if host is not None and _is_all(host.value, ctx, empty=False):
                ctx.report(node, self.meta.message.format(name=f"{ctx.code(func)}(host=...)"))
            return
        name = ctx.qualname(func)
        if name is None:
            return
        if name in ADDRESS_SERVERS:
            address = arg(node, "server_address", 0)
            if address is not None and _all_interfaces_address(address.value, ctx):
                ctx.report(node, self.meta.message.format(name=f"{name}()"))
        elif name in HOST_FUNCTIONS:
            keyword, position = HOST_FUNCTIONS[name]
            host = arg(node, keyword, position)
            if host is not None and _is_all(host.value, ctx, empty=position is not None):
                ctx.report(node, self.meta.message.format(name=f"{name}()"))

    flagged = """
        import socket
        import uvicorn
        from flask import Flask
        from http.server import HTTPServer as Server, SimpleHTTPRequestHandler
        from wsgiref.simple_server import make_server

        app = Flask(__name__)

        def serve(port):
            sock = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
            sock.bind(("::", port))  # expect
            udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
            udp.bind(("", port))  # expect
            httpd = Server(("0.0.0.0", port), SimpleHTTPRequestHandler)  # expect
            wsgi = make_server("", port, app)  # expect
            return sock, udp, httpd, wsgi

        def inner():
            import socketserver
            return socketserver.TCPServer(("", 9000), None)  # expect

        if __name__ == "__main__":
            uvicorn.run("service:app", host="0.0.0.0", port=8000)  # expect
            app.run(host="0.0.0.0", port=5000)  # expect

        EVERYWHERE = "0.0.0.0"
        ADMIN_PORT = 9100

        def admin_listener():
            sock = socket.socket()
            sock.bind((EVERYWHERE, ADMIN_PORT))  # expect
            app.run(host=EVERYWHERE, port=ADMIN_PORT + 1)  # expect
            return sock
    """
    safe = """
        import os
        import socket
        import uvicorn
        from flask import Flask
        from http.server import HTTPServer, SimpleHTTPRequestHandler

        app = Flask(__name__)

        def serve(port, host):
            sock = socket.socket()
            sock.bind(("127.0.0.1", port))
            other = socket.socket()
            other.bind((host, port))
            httpd = HTTPServer(("localhost", port), SimpleHTTPRequestHandler)
            label = ", ".join(("", "0.0.0.0 means all interfaces"))
            return sock, other, httpd, label

        if __name__ == "__main__":
            uvicorn.run("service:app", host="127.0.0.1", port=8000)
            app.run(host=os.environ.get("BIND_HOST", "127.0.0.1"))

        LOOPBACK = "127.0.0.1"
        HOSTS = {"dev": "127.0.0.1", "docs": "0.0.0.0 is every interface"}

        def admin_listener():
            sock = socket.socket()
            sock.bind((LOOPBACK, 9100))
            app.run(host=HOSTS["dev"], port=9101)
            return sock
    """


def _all_interfaces_address(expr: cst.BaseExpression, ctx: Context) -> bool:
    if not isinstance(expr, cst.Tuple) or not expr.elements:
        return False
    return _is_all(expr.elements[0].value, ctx, empty=True)


def _is_all(host: cst.BaseExpression, ctx: Context, empty: bool) -> bool:
    """A host the code fixes (a literal, or a constant of the module or project) that can be every
    interface; with `empty`, "" counts too (the address tuple's and make_server's way of saying it)."""
    values = fixed_values(host, ctx) or frozenset()
    return any(v in ALL_INTERFACES or (empty and v == "") for v in values if isinstance(v, str))
