"""Exceptions raised by the services; the application's error handlers render them."""


class ClientNotFound(Exception):
    def __init__(self, code):
        super().__init__(f"no client {code}")
        self.code = code


class DocumentNotFound(Exception):
    def __init__(self, name):
        super().__init__(f"no document {name}")
        self.name = name
