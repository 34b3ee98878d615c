"""The equities desk's distributor: overrides the base service of another module."""

from ..common.validators import quote_arg, wrap_quotes
from .distribution import Distributor


class EquitiesDistributor(Distributor):
    def render(self, note_id, recipient):
        return super().render(quote_arg(note_id), quote_arg(recipient))

    def render_quoted(self, note_id, recipient):
        return super().render(wrap_quotes(note_id), wrap_quotes(recipient))
