"""A small request wrapper the handlers share."""


class Req:
    def __init__(self, request):
        self.r = request

    def arg(self, name, default=""):
        return self.r.args.get(name, default)

    def fixed(self, name):
        return {"fund": "LU0001", "class": "A"}.get(name, "LU0001")

    def pair(self, name):
        """The client's value beside the configured currency."""
        return self.r.args.get(name, ""), "EUR"

    @staticmethod
    def header(request, name):
        return request.headers.get(name, "")

    @classmethod
    def default_fund(cls):
        return "LU0001"


class BaseExport:
    """A base class whose methods subclasses of other modules inherit."""

    target = "/srv/fundadmin/exports"

    def __init__(self, request):
        self.fund = request.args.get("fund", "")
        self.kind = "nav"

    def fund_name(self):
        return self.fund

    def kind_name(self):
        return self.kind
