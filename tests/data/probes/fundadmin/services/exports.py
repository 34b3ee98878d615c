"""A subclass of another module's base class."""
from ..common.request import BaseExport


class NavExport(BaseExport):
    def describe(self):
        return f"{self.kind_name()} export"
