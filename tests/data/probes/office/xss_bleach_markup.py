# family: xss 79
import bleach
from flask import Flask, render_template_string, request
from markupsafe import Markup

app = Flask(__name__)
PAGE = "<article>{{ bio }}</article>"


@app.post("/profile/bio")
def vuln_bio():
    return render_template_string(PAGE, bio=Markup(request.form["bio"]))  # sink


@app.post("/profile/bio/safe")
def safe_bio():
    cleaned = bleach.clean(request.form["bio"], tags={"b", "i", "p"}, strip=True)
    return render_template_string(PAGE, bio=Markup(cleaned))  # sink
