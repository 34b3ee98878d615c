# family: xss 79 80
"""A Panel app of the credit desk: cards built from what the analyst types."""

import html

import panel as pn

ticker_input = pn.widgets.TextInput(name="Ticker")
headline_input = pn.widgets.TextAreaInput(name="Headline")


def vuln_ticker_card(ticker):
    return pn.pane.HTML(f"<div class='card'><h3>{ticker}</h3></div>")  # sink


def safe_ticker_card(ticker):
    return pn.pane.HTML(f"<div class='card'><h3>{html.escape(ticker)}</h3></div>")


def vuln_headline():
    return pn.pane.HTML(f"<p class='headline'>{headline_input.value}</p>")  # sink


def safe_headline():
    return pn.pane.HTML(f"<p class='headline'>{html.escape(headline_input.value)}</p>")


pn.Column(ticker_input, pn.bind(vuln_ticker_card, ticker_input), pn.bind(safe_ticker_card, ticker=ticker_input)).servable()
pn.Column(headline_input, vuln_headline, safe_headline).servable()
