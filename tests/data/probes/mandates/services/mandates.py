"""The mandate service: what the controllers call; it hands values to the repositories."""

import functools

from ..repositories.base import open_cursor
from ..repositories.mandates import MandateRepository, count_mandates, find_mandates


class MandateService:
    def __init__(self, repository=None):
        self.repository = repository or MandateRepository(open_cursor())

    def list_for(self, client, *, status="open"):
        return self.repository.find(client, status=status)

    def list_for_bound(self, client, *, status="open"):
        return self.repository.find_bound(client, status=status)

    def search(self, **filters):
        return self.repository.where(**filters)

    def search_bound(self, **filters):
        return self.repository.where_bound(**filters)

    def sorted_for(self, client, column):
        return self.repository.ordered(client, column)

    @classmethod
    def default(cls):
        return cls(MandateRepository(open_cursor()))


find_open = functools.partial(find_mandates, status="open")
count_open = functools.partial(count_mandates, status="open")
