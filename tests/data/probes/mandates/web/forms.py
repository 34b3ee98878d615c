"""A form of the web layer that keeps what it needs in the session."""

import secrets


class ChallengeForm:
    def __init__(self, request, data=None):
        self.request = request
        self.data = data or {}
        self.new_challenge()

    def new_challenge(self):
        self.challenge = secrets.token_urlsafe(16)

    def keep_challenge(self):
        self.request.session["challenge"] = self.challenge

    def keep_desk(self):
        self.request.session["desk"] = self.data.get("desk", "")

    def is_valid(self):
        ok = self.data.get("answer") == self.request.session.get("challenge")
        if not ok:
            self.keep_challenge()
        return ok

    def is_valid_keeping_desk(self):
        ok = self.data.get("answer") == self.request.session.get("challenge")
        if ok:
            self.keep_desk()
        return ok
