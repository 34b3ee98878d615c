"""What a data platform team's code showed the rules (probe round 27, tests/data/probes/lakehouse and
probes_files/round27), each as the user sees it in one scan: the rule, the line, whether it blocks.

- Jinja renders a pipeline's SQL (OUT101): an environment whose loader reads a folder named for SQL (sql/,
  queries/) and loads no other kind, a template name ending in .sql after a variable stem, jinja2.Template of a
  constant SQL statement; the same loader asked for an .html page still blocks.
- boto3 clients and a session's client()/resource() given verify=False (NET101).
- numpy's legacy module functions make a predictable token (CRY102); an array of draws (size=) is sample data, as
  a skew salt per row of a join.
- An Airflow command template that renders dag_run.conf runs the triggering caller's JSON in a shell (INP159), and a
  task's dag_run.conf is a source (INP401); the run's date and id are not.
- pandas' to_csv/to_parquet of a fixed /tmp name claims it as open() does (CFG102).
- A digest reduced to a bucket number in the expression is no security use (CRY101).
- A model artefact loaded from Path(CONSTANT) / "name" is a file of the service's own (INP101).
- A .env value telling how to generate the secret is a placeholder (SEC204)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from tests.conftest import run_guidelint

SQL_TEMPLATES = """
import os
from pathlib import Path

import jinja2
from flask import Flask

app = Flask(__name__)
SQL_DIR = Path(__file__).parent / "sql"
PARTITION = jinja2.Template("SELECT {{ cols | join(', ') }} FROM {{ table }} WHERE day = %(day)s")


def sql_environment():
    return jinja2.Environment(loader=jinja2.FileSystemLoader(SQL_DIR), undefined=jinja2.StrictUndefined)


def render_model(name, **context):
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(os.path.join("dbt", "queries")), autoescape=False)
    return env.get_template(f"{name}.sql").render(**context)


def status_page(name):
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(SQL_DIR)), autoescape=False)
    return env.get_template(f"{name}.html").render()
"""

CLIENTS = """
import boto3
import numpy as np


def object_stores(endpoint, ca_bundle):
    checked = boto3.client("s3", endpoint_url=endpoint, verify=ca_bundle)
    unchecked = boto3.client("s3", endpoint_url=endpoint, verify=False)
    resource = boto3.session.Session().resource("s3", endpoint_url=endpoint, verify=False)
    return checked, unchecked, resource


def export_token(export):
    sample = np.random.choice(100, 10)
    export.download_token = "%032x" % np.random.randint(0, 2**62)
    return sample


def salted(frame):
    frame["salt"] = np.random.randint(0, 8, size=len(frame))  # a skew salt per row of a join, no secret
    return frame
"""

DAG = """
import subprocess

from airflow.decorators import task
from airflow.operators.bash import BashOperator


def tasks():
    build = BashOperator(task_id="build", bash_command="dbt build --vars '{day: {{ ds }}}'")
    backfill = BashOperator(task_id="backfill", bash_command="dbt run --select {{ dag_run.conf['model'] }}")
    return build, backfill


@task
def rebuild(dag_run=None, ds=None):
    subprocess.run(["dbt", "run", "--vars", f"day: {ds}", "--run-id", dag_run.run_id], check=True)
    model = dag_run.conf.get("model", "fact_orders")
    subprocess.run(f"dbt run --select {model}", shell=True, check=True)
"""

FILES = """
import hashlib
import pickle
from pathlib import Path

import joblib

MODEL_DIR = "/opt/pipeline/models"


def export(frame, day):
    path = f"/tmp/orders-{day}.csv"
    frame.to_csv(path, index=False)
    frame.to_parquet("/srv/exports/orders.parquet")


def partition(key, buckets=64):
    return int(hashlib.md5(key.encode()).hexdigest(), 16) % buckets, hashlib.md5(key.encode()).hexdigest()


def score(frame):
    model = joblib.load(Path(MODEL_DIR) / "churn.joblib")
    with open(Path(MODEL_DIR, "encoder.pkl"), "rb") as handle:
        return model.predict(pickle.load(handle).transform(frame))
"""

ENV_EXAMPLE = """
AIRFLOW__WEBSERVER__SECRET_KEY=generate-with-openssl-rand-hex-32
AIRFLOW__CORE__FERNET_KEY=
SUPERSET_SECRET_KEY=generated-9f2c7e1a4b8d
"""


def _findings(root: Path) -> set[tuple[str, int, str, bool]]:
    run = run_guidelint("scan", ".", "--no-cache", "-f", "json", "-o", "report.json", cwd=root)
    assert run.exit_code == 1, run.stderr
    report = json.loads((root / "report.json").read_text(encoding="utf-8"))
    assert not report["not_checked"]
    return {(f["path"], f["start"]["line"], f["rule"], f["blocking"]) for f in report["findings"]}


def test_data_platform_code(project: Callable[..., Path]) -> None:
    root = project(
        {
            "lake/templates.py": SQL_TEMPLATES,
            "lake/clients.py": CLIENTS,
            "lake/dag.py": DAG,
            "lake/files.py": FILES,
            ".env.example": ENV_EXAMPLE,
        }
    )
    found = _findings(root)
    rules = {"OUT101", "NET101", "CRY102", "INP159", "INP401", "CFG102", "CRY101", "INP101", "SEC204"}
    assert {f for f in found if f[2] in rules} == {
        ("lake/templates.py", 22, "OUT101", True),  # the sql/ folder's environment asked for an .html page
        ("lake/clients.py", 8, "NET101", True),
        ("lake/clients.py", 7, "NET101", True),
        ("lake/clients.py", 14, "CRY102", True),  # the token, not the sample
        ("lake/dag.py", 9, "INP159", True),  # dag_run.conf in the command; {{ ds }} is the scheduler's
        ("lake/dag.py", 17, "INP401", True),  # dag_run.conf.get(...) in a shell string; run_id and ds are not
        ("lake/files.py", 11, "CFG102", False),
        ("lake/files.py", 17, "CRY101", False),  # the whole digest kept; the bucket number is not reported
        (".env.example", 3, "SEC204", True),  # a value that only starts like the instruction
    }
