# family: code 94 95
import ast
from xmlrpc.server import SimpleXMLRPCServer


def vuln_evaluate(expression):
    return eval(expression)  # sink


def safe_evaluate(expression):
    return ast.literal_eval(expression)  # sink


def serve():
    server = SimpleXMLRPCServer(("0.0.0.0", 8103), allow_none=True)
    server.register_function(vuln_evaluate, "evaluate")
    server.register_function(safe_evaluate, "evaluate_literal")
    server.serve_forever()
