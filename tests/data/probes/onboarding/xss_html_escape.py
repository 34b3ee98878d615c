# family: xss 79
import html

from flask import Flask, make_response, request

app = Flask(__name__)


@app.get("/welcome")
def vuln_welcome_banner():
    name = request.args.get("name", "").replace("<", "").replace(">", "")
    response = make_response(f"<h1>Welcome, {name}</h1><input value='{name}'>")  # sink
    response.headers["Content-Type"] = "text/html"
    return response


@app.get("/welcome2")
def safe_welcome_banner():
    name = html.escape(request.args.get("name", ""))
    response = make_response(f"<h1>Welcome, {name}</h1><input value='{name}'>")  # sink
    response.headers["Content-Type"] = "text/html"
    return response
