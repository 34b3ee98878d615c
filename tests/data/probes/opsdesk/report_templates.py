# family: xss 79 116
"""Report generation: CSV and LaTeX statements, plain-text mails and the HTML dashboard."""

import jinja2
from jinja2 import Environment, FileSystemLoader, select_autoescape

from . import settings

LATEX = Environment(
    loader=FileSystemLoader(f"{settings.REPORT_DIR}/latex"),
    block_start_string=r"\BLOCK{",
    block_end_string="}",
    variable_start_string=r"\VAR{",
    variable_end_string="}",
    comment_start_string=r"\#{",
    comment_end_string="}",
    trim_blocks=True,
    autoescape=False,
)


def safe_latex_statement(rows: list[dict[str, object]]) -> str:
    return LATEX.get_template("statement.tex").render(rows=rows)


def safe_csv_report(rows: list[dict[str, object]]) -> str:
    env = Environment(loader=FileSystemLoader(f"{settings.REPORT_DIR}/csv"), autoescape=False)
    return env.get_template("positions.csv.j2").render(rows=rows)


def safe_text_mail(context: dict[str, object]) -> str:
    env = Environment(
        loader=FileSystemLoader(f"{settings.REPORT_DIR}/mail"),
        autoescape=select_autoescape(["html", "htm"], default_for_string=False),
    )
    return env.get_template("nightly_summary.txt").render(**context)


def safe_html_dashboard(context: dict[str, object]) -> str:
    env = Environment(loader=FileSystemLoader(f"{settings.REPORT_DIR}/html"), autoescape=True)
    return env.get_template("dashboard.html").render(**context)


def vuln_html_dashboard(context: dict[str, object]) -> str:
    env = Environment(loader=FileSystemLoader(f"{settings.REPORT_DIR}/html"), autoescape=False)  # sink
    return env.get_template("dashboard.html").render(**context)


def vuln_inline_html(title: str, rows: list[str]) -> str:
    template = jinja2.Template("<h1>{{ title }}</h1><ul>{% for r in rows %}<li>{{ r }}</li>{% endfor %}</ul>")  # sink
    return template.render(title=title, rows=rows)
