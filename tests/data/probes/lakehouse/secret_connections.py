# family: secret 798 259 321
"""Connections to the warehouse, S3 and Postgres: credentials from the environment and the secret manager."""

import json
import os

import boto3
import psycopg2
import snowflake.connector
from airflow.hooks.base import BaseHook
from botocore.config import Config

from . import settings

S3_CONFIG = Config(region_name="eu-central-1", retries={"max_attempts": 10, "mode": "adaptive"}, connect_timeout=5)
TOKEN_ENDPOINT = "https://login.acme.example/oauth2/token"
SECRET_KEY_NAMES = ("password", "private_key_passphrase", "token")
DEFAULT_WAREHOUSE_USER = "LOADER"
PRIVATE_KEY_PATH = "/run/secrets/snowflake_loader.p8"


def safe_snowflake_from_env():
    return snowflake.connector.connect(
        account=settings.WAREHOUSE_ACCOUNT,
        user=os.environ.get("SNOWFLAKE_USER", DEFAULT_WAREHOUSE_USER),
        password=os.environ[settings.PASSWORD_ENV_VAR],
        role=settings.WAREHOUSE_ROLE,
        warehouse="TRANSFORM_WH",
    )


def safe_snowflake_from_secrets_manager():
    client = boto3.client("secretsmanager", config=S3_CONFIG)
    secret = json.loads(client.get_secret_value(SecretId=settings.WAREHOUSE_SECRET_ID)["SecretString"])
    return snowflake.connector.connect(
        account=secret["account"], user=secret["user"], password=secret["password"], role=settings.WAREHOUSE_ROLE
    )


def safe_snowflake_key_pair(passphrase: str | None = None):
    with open(PRIVATE_KEY_PATH, "rb") as handle:
        key = handle.read()
    return snowflake.connector.connect(
        account=settings.WAREHOUSE_ACCOUNT,
        user=DEFAULT_WAREHOUSE_USER,
        private_key_file=PRIVATE_KEY_PATH,
        private_key_file_pwd=passphrase or os.environ.get("SNOWFLAKE_KEY_PASSPHRASE"),
        authenticator="SNOWFLAKE_JWT",
    ), len(key)


def safe_airflow_connection():
    conn = BaseHook.get_connection("warehouse_postgres")
    return psycopg2.connect(
        host=conn.host, port=conn.port, dbname=conn.schema, user=conn.login, password=conn.password, sslmode="require"
    )


def safe_s3_from_role():
    session = boto3.session.Session(profile_name=os.environ.get("AWS_PROFILE"))
    return session.client("s3", config=S3_CONFIG)


def safe_local_dev_connection():
    # docker-compose's throwaway database: the password is read from the same .env file compose reads
    return psycopg2.connect(
        host="localhost", dbname="analytics", user="analytics", password=os.getenv("POSTGRES_PASSWORD", "")
    )


def safe_redact(config: dict) -> dict:
    return {k: ("***" if k in SECRET_KEY_NAMES else v) for k, v in config.items()}


def vuln_snowflake_literal():
    return snowflake.connector.connect(
        account=settings.WAREHOUSE_ACCOUNT,
        user="LOADER",
        password="Lo4der-Pr0d-2026!",  # sink
    )


def vuln_s3_keys():
    return boto3.client(
        "s3",
        aws_access_key_id="AKIA4XQ7PL2MZR3KD8NW",  # sink
        aws_secret_access_key="q8Vt3kP0zR1mW5nY7bX2cL9dF4gH6jK8sA1eU3iO",  # sink
    )


def vuln_postgres_dsn():
    return psycopg2.connect("postgresql://etl:etl-Pr0d-pass@warehouse.internal:5432/analytics")  # sink
