"""A thin wrapper the controllers use around the framework's request."""


class Req:
    def __init__(self, r):
        self.r = r

    def arg(self, name, default=None):
        return self.r.args.get(name, default)

    def header(self, name):
        return self.r.headers.get(name, "")

    def fixed(self, name):
        """A value of the code for the parameter's name (tests and default views)."""
        return {"client": "CH000001", "doc": "terms-2026.pdf"}.get(name, "")

    @property
    def client(self):
        return self.r.args.get("client", "")

    @property
    def locale(self):
        return "en"
