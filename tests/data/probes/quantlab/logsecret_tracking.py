# family: logsecret 532
"""Experiment tracking (mlflow, wandb), progress bars and logs of a training run."""

import argparse
import logging
import os

import mlflow
import wandb
from tqdm import tqdm

logger = logging.getLogger(__name__)
SECRET_KEYS = frozenset({"api_key", "warehouse_password", "md_token"})


def safe_log_params(args: argparse.Namespace) -> None:
    mlflow.log_params({"lr": args.lr, "seed": args.seed, "universe": args.universe, "epochs": args.epochs})


def safe_wandb_init(cfg: dict) -> None:
    wandb.init(project="alpha-research", config={k: v for k, v in cfg.items() if k not in SECRET_KEYS})


def safe_train(model, loader, epochs: int) -> None:
    for epoch in range(epochs):
        total = 0.0
        for batch in tqdm(loader, desc=f"epoch {epoch}"):
            total += float(model.step(batch))
        tqdm.write(f"epoch {epoch} loss {total / max(1, len(loader)):.4f}")
        mlflow.log_metric("loss", total, step=epoch)


def safe_log_credential_source() -> None:
    logger.info("market data key read from %s (%d characters)", "MD_API_KEY", len(os.environ["MD_API_KEY"]))


def vuln_log_api_key(args: argparse.Namespace) -> None:
    mlflow.log_param("md_api_key", args.api_key)  # sink


def vuln_wandb_config() -> None:
    wandb.config.update({"warehouse_password": os.environ["WAREHOUSE_PASSWORD"]})  # sink


def vuln_log_token() -> None:
    token = os.environ["MD_API_TOKEN"]
    logger.info("calling market data with token %s", token)  # sink
