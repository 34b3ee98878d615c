# family: cmd 78
# Round 32: syntax of Python 3.12: PEP 695 type parameters and type aliases, f-strings nesting the same quotes
# (PEP 701). Older interpreters cannot parse it: the tool reads it with libcst, and so does the probe test.
import shlex
import subprocess

from flask import Flask, request

app = Flask(__name__)
HOSTS = ("feed-emea.internal", "feed-apac.internal")

type Hosts = list[str]


def first[T](items: list[T]) -> T:
    return items[0]


class Box[T]:
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item


@app.post("/py312/ping")
def vuln_nested_quotes():
    subprocess.run(f"ping -c 1 {request.form["host"]}", shell=True, check=True)  # sink
    return "ok"


@app.post("/py312/ping/safe")
def safe_nested_quotes_quoted():
    subprocess.run(f"ping -c 1 {shlex.quote(request.form["host"])}", shell=True, check=True)  # sink
    return "ok"


@app.post("/py312/first")
def vuln_generic_function():
    hosts: Hosts = request.form.getlist("host")
    subprocess.run(f"ping -c 1 {first(hosts)}", shell=True, check=True)  # sink
    return "ok"


@app.post("/py312/first/safe")
def safe_generic_function():
    hosts: Hosts = [h for h in request.form.getlist("host") if h in HOSTS]
    subprocess.run(f"ping -c 1 {first(hosts)}", shell=True, check=True)  # sink
    return "ok"


@app.post("/py312/box")
def vuln_generic_class():
    box = Box[str](request.form["host"])
    subprocess.run(f"ping -c 1 {box.get()}", shell=True, check=True)  # sink
    return "ok"


@app.post("/py312/box/safe")
def safe_generic_class():
    box = Box[str](shlex.quote(request.form["host"]))
    subprocess.run(f"ping -c 1 {box.get()}", shell=True, check=True)  # sink
    return "ok"


@app.post("/py312/nested")
def vuln_nested_fstring_join():
    hosts = request.form.getlist("host")
    subprocess.run(f"ping -c 1 {f"{" ".join(hosts)}"}", shell=True, check=True)  # sink
    return "ok"


@app.post("/py312/nested/safe")
def safe_nested_fstring_join():
    hosts = request.form.getlist("host")
    subprocess.run(f"ping -c 1 {f"{" ".join(map(shlex.quote, hosts))}"}", shell=True, check=True)  # sink
    return "ok"
