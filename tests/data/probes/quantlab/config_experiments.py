# family: deser 502
"""Experiment configurations: YAML files of the repository, Hydra and OmegaConf; and configurations the
tracking server hands back."""

from pathlib import Path

import hydra
import requests
import yaml
from omegaconf import DictConfig, OmegaConf

from . import settings

CONFIG_DIR = Path(__file__).parent / "conf"


class ExperimentLoader(yaml.SafeLoader):
    """SafeLoader with a !range tag for parameter grids."""


ExperimentLoader.add_constructor("!range", lambda loader, node: list(range(*loader.construct_sequence(node))))


def safe_load_experiment(name: str) -> dict:
    with open(CONFIG_DIR / f"{name}.yaml", encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def safe_load_with_loader(path: Path) -> dict:
    with open(path, encoding="utf-8") as handle:
        return yaml.load(handle, Loader=yaml.SafeLoader)


def safe_load_fast(path: Path) -> dict:
    with open(path, encoding="utf-8") as handle:
        return yaml.load(handle, Loader=yaml.CSafeLoader)


def safe_load_grid(path: Path) -> dict:
    with open(path, encoding="utf-8") as handle:
        return yaml.load(handle, Loader=ExperimentLoader)


def safe_omegaconf(path: Path) -> dict:
    cfg = OmegaConf.merge(OmegaConf.load(CONFIG_DIR / "defaults.yaml"), OmegaConf.load(path))
    return OmegaConf.to_container(cfg, resolve=True)


@hydra.main(version_base=None, config_path="conf", config_name="train")
def safe_hydra_train(cfg: DictConfig) -> None:
    print(OmegaConf.to_yaml(cfg.model))


def safe_tracked_config(run_id: str) -> dict:
    response = requests.get(
        f"{settings.TRACKING_API}/runs/{run_id}/artifacts/config.yaml", timeout=30, verify=settings.CA_BUNDLE
    )
    return yaml.safe_load(response.text)


def vuln_shared_experiment(run_id: str) -> dict:
    response = requests.get(
        f"{settings.TRACKING_API}/runs/{run_id}/artifacts/config.yaml", timeout=30, verify=settings.CA_BUNDLE
    )
    return yaml.load(response.text, Loader=yaml.Loader)  # sink


def vuln_unsafe_grid(url: str) -> dict:
    text = requests.get(url, timeout=30).text
    return yaml.unsafe_load(text)  # sink
