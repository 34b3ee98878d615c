# family: secret 798 259
"""Credentials of the market-data API, the experiment tracker and the warehouse."""

import os
from dataclasses import dataclass

import sqlalchemy
import wandb

from . import settings

WANDB_PROJECT = "alpha-research"
API_KEY_ENV = "MD_API_KEY"
WANDB_API_KEY = "3f2a9c7e1b8d4f6a0c5e9b2d7a1f4c8e6b3d0a9f"  # sink


@dataclass
class MarketDataConfig:
    base_url: str = settings.MARKET_DATA_API
    api_key: str | None = None
    token_header: str = "X-Api-Key"


def safe_market_data_config() -> MarketDataConfig:
    return MarketDataConfig(api_key=os.environ[API_KEY_ENV])


def safe_wandb_login() -> None:
    wandb.login(key=os.environ["WANDB_API_KEY"])
    wandb.init(project=WANDB_PROJECT)


def safe_warehouse_engine() -> sqlalchemy.Engine:
    url = sqlalchemy.URL.create(
        "postgresql+psycopg",
        username="quant_research",
        password=os.environ[settings.WAREHOUSE_PASSWORD_ENV],
        host="warehouse.research.acme.internal",
        database="research",
    )
    return sqlalchemy.create_engine(url)


def vuln_wandb_login() -> None:
    wandb.login(key="9b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c")  # sink


def vuln_warehouse_engine() -> sqlalchemy.Engine:
    return sqlalchemy.create_engine("postgresql+psycopg://quant_research:Qu4ntR3search!@warehouse.research.acme.internal/research")  # sink
