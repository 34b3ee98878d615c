import re

TICKER = re.compile(r"[A-Z]{1,5}")


class TickerField:
    @classmethod
    def clean(cls, value):
        if TICKER.fullmatch(value) is None:
            raise ValueError("ticker")
        return value

    @classmethod
    def tidy(cls, value):
        return value.strip().upper()
