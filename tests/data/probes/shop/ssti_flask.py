# family: ssti 1336 94
from flask import Flask, render_template, render_template_string, request

app = Flask(__name__)


@app.route("/greet")
def vuln_greet():
    name = request.args.get("name", "")
    template = "<p>Hello " + name + "</p>"
    return render_template_string(template)  # sink


@app.route("/greet/safe")
def safe_greet():
    name = request.args.get("name", "")
    return render_template_string("<p>Hello {{ name }}</p>", name=name)  # sink


@app.route("/greet/file")
def safe_greet_file():
    return render_template("greet.html", name=request.args.get("name", ""))  # sink
