# family: xss 79
"""Jinja renders the pipeline's SQL files and its plain-text run reports; the status page is HTML."""

from pathlib import Path

import jinja2
from flask import Flask, request

app = Flask(__name__)
SQL_DIR = Path(__file__).parent / "sql"


def safe_sql_environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(SQL_DIR), undefined=jinja2.StrictUndefined, keep_trailing_newline=True
    )


def safe_render_model(name: str, **context: object) -> str:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(SQL_DIR)), autoescape=False)
    return env.get_template(f"{name}.sql").render(**context)


def safe_run_report(counts: dict[str, int]) -> str:
    env = jinja2.Environment(autoescape=False, trim_blocks=True)
    return env.from_string("{% for t, n in counts.items() %}{{ t }}: {{ n }}\n{% endfor %}").render(counts=counts)


@app.get("/status")
def vuln_status_page():
    env = jinja2.Environment(loader=jinja2.FileSystemLoader("templates"), autoescape=False)  # sink
    return env.get_template("status.html").render(job=request.args.get("job", ""))
