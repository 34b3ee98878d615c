# family: ssti 1336 94
import bottle
from bottle import SimpleTemplate, jinja2_template, request

app = bottle.Bottle()
NOTICE = SimpleTemplate("Dear {{name}}, you are now an insider of {{deal}}.")


@app.post("/notice/preview")
def vuln_notice_preview():
    return SimpleTemplate(request.forms.get("body")).render(name="investor")  # sink


@app.post("/notice/preview/safe")
def safe_notice_preview():
    return NOTICE.render(name=request.forms.get("name"), deal=request.forms.get("deal"))  # sink


@app.post("/notice/letter")
def vuln_notice_letter():
    return jinja2_template("Insider notice\n" + request.forms.get("letter"), deal="D-1")  # sink


@app.post("/notice/letter/safe")
def safe_notice_letter():
    return jinja2_template("insider_letter", letter=request.forms.get("letter"), deal="D-1")  # sink
