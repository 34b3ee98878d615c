# family: deser 502
"""Configuration loaders and the model artefacts the training pipeline writes and reads back."""

import json
import pickle
import tempfile
import tomllib
from pathlib import Path

import joblib
import pandas as pd
import yaml
from flask import Flask, request

from . import settings

app = Flask(__name__)
CONFIG_DIR = Path(__file__).parent / "config"


def safe_load_sources() -> dict:
    with open(CONFIG_DIR / "sources.yaml", encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def safe_load_project() -> dict:
    with open(CONFIG_DIR / "project.toml", "rb") as handle:
        return tomllib.load(handle)


def safe_load_schema(name: str) -> dict:
    return json.loads((CONFIG_DIR / "schemas" / f"{name}.json").read_text())


def safe_load_dbt_manifest() -> list:
    with open(Path(settings.DBT_PROJECT_DIR) / "dbt_project.yml", encoding="utf-8") as handle:
        return list(yaml.load_all(handle, Loader=yaml.CSafeLoader))


def safe_train_and_save(frame: pd.DataFrame, model) -> Path:
    model.fit(frame.drop(columns=["label"]), frame["label"])
    path = Path(settings.MODEL_DIR) / "churn.joblib"
    joblib.dump(model, path)
    return path


def safe_score(frame: pd.DataFrame) -> pd.Series:
    model = joblib.load(Path(settings.MODEL_DIR) / "churn.joblib")
    return pd.Series(model.predict_proba(frame)[:, 1], index=frame.index)


def safe_checkpoint_round_trip(state: dict) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "state.pkl"
        with open(path, "wb") as handle:
            pickle.dump(state, handle, protocol=pickle.HIGHEST_PROTOCOL)
        with open(path, "rb") as handle:
            return pickle.load(handle)


@app.post("/models/upload")
def vuln_model_upload():
    model = pickle.loads(request.files["model"].read())  # sink
    joblib.dump(model, Path(settings.MODEL_DIR) / "uploaded.joblib")
    return {"ok": True}


@app.post("/pipelines/config")
def vuln_pipeline_config():
    config = yaml.load(request.get_data(as_text=True), Loader=yaml.Loader)  # sink
    return {"steps": len(config["steps"])}
