# family: secret 798 259 321
from dataclasses import dataclass
from urllib.parse import quote_plus

import boto3
import click
import requests
import sqlalchemy
from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class SafeSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CLEARING_", env_file=".env")
    db_password: SecretStr
    api_token: SecretStr = Field(default=SecretStr(""), alias="CLEARING_API_TOKEN")
    token_url: str = "https://login.clearing.example/oauth2/v2.0/token"
    secret_name: str = "clearing/prod/api-key"
    kms_key_id: str = "alias/clearing-statements"
    private_key_path: str = "/etc/clearing/keys/signing.pem"
    api_key_prefix: str = "ck_live_"
    password_pattern: str = r"^(?=.*\d)(?=.*[A-Z]).{12,}$"


class VulnSettings(BaseSettings):
    db_user: str = "clearing"
    db_password: str = "Pg!clear2026prod"  # sink


@dataclass
class SafeFtpAccount:
    host: str
    user: str
    password: str = ""
    password_env: str = "CLEARING_FTP_PASSWORD"


def safe_secret_value(name: str = SafeSettings.model_fields["secret_name"].default) -> str:
    client = boto3.client("secretsmanager")
    return client.get_secret_value(SecretId=name)["SecretString"]


@click.command()
@click.option("--password", envvar="CLEARING_PASSWORD", prompt=True, hide_input=True)
@click.option("--token-type", type=click.Choice(["bearer", "mac"]), default="bearer")
def safe_cli(password: str, token_type: str) -> None:
    click.echo(f"signing in with a {token_type} token")


def safe_engine(settings: SafeSettings):
    password = quote_plus(settings.db_password.get_secret_value())
    return sqlalchemy.create_engine(f"postgresql+psycopg://clearing:{password}@db.internal/clearing")


def vuln_engine():
    return sqlalchemy.create_engine("postgresql+psycopg://clearing:Cl34ring2026@db.internal/clearing")  # sink


def safe_basic_auth(settings: SafeSettings, url: str):
    return requests.get(url, auth=("clearing", settings.db_password.get_secret_value()), timeout=10)


def vuln_basic_auth(url: str):
    return requests.get(url, auth=("clearing", "Rpt!2026basic"), timeout=10)  # sink


def safe_token_from_response(response: requests.Response) -> str:
    token_key = "access_token"
    return response.json()[token_key]
