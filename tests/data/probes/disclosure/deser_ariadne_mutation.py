# family: deser 502
import base64
import json
import pickle

import yaml
from ariadne import MutationType

mutation = MutationType()


@mutation.field("importWatchlist")
def vuln_import_watchlist(_, info, state):
    return list(pickle.loads(base64.b64decode(state)))  # sink


@mutation.field("importWatchlistJson")
def safe_import_watchlist(_, info, state):
    return list(json.loads(base64.b64decode(state)))  # sink


@mutation.field("importCalendar")
def vuln_import_calendar(_, info, document):
    return yaml.load(document, Loader=yaml.Loader)["events"]  # sink


@mutation.field("importCalendarSafe")
def safe_import_calendar(_, info, document):
    return yaml.safe_load(document)["events"]  # sink
