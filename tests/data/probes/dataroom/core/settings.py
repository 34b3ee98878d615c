"""Settings of the data-room export service, read from the deployment's environment by pydantic-settings."""
from functools import lru_cache
from pathlib import Path

from pydantic import HttpUrl
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="DATAROOM_", env_file=".env")

    export_dir: Path = Path("/srv/dataroom/exports")
    bucket: str = "dataroom-exports"
    region: str = "eu-central-1"
    converter: str = "/usr/bin/soffice"
    partner_base: HttpUrl = HttpUrl("https://reports.partner.example")
    tenants: frozenset[str] = frozenset({"north", "south", "east"})


@lru_cache
def get_settings() -> Settings:
    return Settings()


settings = get_settings()
