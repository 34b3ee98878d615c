# family: deser 502
"""Model checkpoints, features and cached frames the team's pipeline writes and reads back; and what comes
from vendors and the model hub."""

import io
import pickle
from datetime import date
from pathlib import Path

import joblib
import numpy as np
import pandas as pd
import requests
import torch

from . import settings

ARTIFACTS = Path(settings.ARTIFACT_DIR)
CACHE = ARTIFACTS / "cache"
SIGNALS_API = "https://signals.vendor-alpha.example.com/v1"


def safe_load_checkpoint(run_id: str, model: torch.nn.Module) -> torch.nn.Module:
    state = torch.load(ARTIFACTS / run_id / "model.pt", map_location="cpu", weights_only=True)
    model.load_state_dict(state)
    return model


def safe_load_hub_weights(name: str, model: torch.nn.Module) -> torch.nn.Module:
    response = requests.get(f"{settings.MODEL_HUB}/weights/{name}", timeout=60, verify=settings.CA_BUNDLE)
    response.raise_for_status()
    model.load_state_dict(torch.load(io.BytesIO(response.content), map_location="cpu", weights_only=True))
    return model


def safe_load_features(name: str) -> np.ndarray:
    return np.load(ARTIFACTS / "features" / f"{name}.npy")


def safe_load_npz(path: Path) -> dict[str, np.ndarray]:
    with np.load(path, allow_pickle=False) as data:
        return {key: data[key] for key in data.files}


def safe_cached_universe(as_of: date) -> pd.DataFrame:
    path = CACHE / f"universe-{as_of:%Y%m%d}.pkl"
    if path.exists():
        return pd.read_pickle(path)
    frame = pd.DataFrame({"ticker": ["AAA", "BBB"], "as_of": [as_of, as_of]})
    frame.to_pickle(path)
    return frame


def safe_load_scaler():
    return joblib.load(ARTIFACTS / "preprocessing" / "scaler.joblib")


def safe_save_results(run_id: str, results: dict) -> Path:
    path = ARTIFACTS / run_id / "results.pkl"
    with open(path, "wb") as handle:
        pickle.dump(results, handle, protocol=pickle.HIGHEST_PROTOCOL)
    return path


def safe_read_results(run_id: str) -> dict:
    with open(ARTIFACTS / run_id / "results.pkl", "rb") as handle:
        return pickle.load(handle)


def vuln_load_vendor_checkpoint(url: str, model: torch.nn.Module) -> torch.nn.Module:
    response = requests.get(url, timeout=60)
    state = torch.load(io.BytesIO(response.content), map_location="cpu", weights_only=False)  # sink
    model.load_state_dict(state)
    return model


def vuln_latest_signals() -> pd.DataFrame:
    response = requests.get(f"{SIGNALS_API}/latest.pkl", timeout=30)
    return pickle.loads(response.content)  # sink


def vuln_vendor_factors(url: str) -> np.ndarray:
    raw = requests.get(url, timeout=30).content
    return np.load(io.BytesIO(raw), allow_pickle=True)  # sink


def vuln_vendor_frame() -> pd.DataFrame:
    return pd.read_pickle("https://data.vendor-beta.example.com/factors/latest.pkl")  # sink


def vuln_hub_model(name: str):
    response = requests.get(f"https://huggingface.example.org/{name}/model.joblib", timeout=60)
    return joblib.load(io.BytesIO(response.content))  # sink
