"""Services the views are given: reports, the document vault, model portfolios."""

import ast
import os
from html import escape

VAULT = "/srv/advisory/vault"


class ReportService:
    def __init__(self, db):
        self.db = db

    def headline(self, name):
        return f"<h1>Quarterly report for {name}</h1>"

    def headline_escaped(self, name):
        return f"<h1>Quarterly report for {escape(name)}</h1>"


class VaultService:
    def __init__(self, root=VAULT):
        self.root = root

    def store(self, filename, data):
        with open(os.path.join(self.root, filename), "wb") as out:
            out.write(data)
        return filename


class ModelPortfolioService:
    def parse_weights(self, text):
        return eval(text)

    def parse_weights_literal(self, text):
        return ast.literal_eval(text)
