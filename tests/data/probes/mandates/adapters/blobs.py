"""Saved screens of the research portal."""

import json
import pickle


def restore(blob):
    return pickle.loads(blob)


def restore_json(blob):
    return json.loads(blob)
