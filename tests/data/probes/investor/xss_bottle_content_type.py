# family: xss 79 80
import html

from bottle import Bottle, request, response

app = Bottle()


@app.get("/ir/quote/<ticker>")
def vuln_quote(ticker):
    return "<h1>%s</h1>" % ticker  # sink


@app.get("/ir/quote/safe/<ticker>")
def safe_quote(ticker):
    return "<h1>%s</h1>" % html.escape(ticker)  # sink


# the handler sets its response's content type: the text is shown as text
@app.get("/ir/quote.txt")
def safe_quote_text():
    response.content_type = "text/plain; charset=utf-8"
    return "Quote for %s" % request.query.get("ticker", "")  # sink


@app.get("/ir/note")
def vuln_note():
    note = request.query.getunicode("note", "")
    return f"<div class='note'>{note}</div>"  # sink


# a content type set to HTML keeps the answer a page
@app.get("/ir/quote.html")
def vuln_quote_html():
    response.content_type = "text/html; charset=utf-8"
    return "Quote for %s" % request.query.get("ticker", "")  # sink
