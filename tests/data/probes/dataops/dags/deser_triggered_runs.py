# family: deser 502
"""Job specs a triggered run hands in as YAML or as a pickled blob."""

import base64
import json
import pickle

import yaml
from airflow.decorators import task


@task
def vuln_load_spec(dag_run=None) -> dict:
    return yaml.load(dag_run.conf["spec"], Loader=yaml.Loader)  # sink


@task
def safe_load_spec(dag_run=None) -> dict:
    return yaml.load(dag_run.conf["spec"], Loader=yaml.SafeLoader)  # sink


@task
def vuln_load_state(**context) -> dict:
    return pickle.loads(base64.b64decode(context["dag_run"].conf["state"]))  # sink


@task
def safe_load_state(**context) -> dict:
    return json.loads(base64.b64decode(context["dag_run"].conf["state"]))  # sink
