"""Stand-in for the code protoc generates."""


class Quote:
    def __init__(self, **fields):
        self.__dict__.update(fields)
