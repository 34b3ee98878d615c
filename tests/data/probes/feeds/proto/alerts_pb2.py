"""Stand-in for the code protoc generates."""


class Registered:
    def __init__(self, **fields):
        self.__dict__.update(fields)
