# family: log 532
"""Secrets the platform reads from Vault, STS and its environment, and what of them reaches the logs."""

import logging
import os

import boto3
import hvac
from flask import Flask

app = Flask(__name__)
log = logging.getLogger("devplatform")
vault = hvac.Client(url="https://vault.internal:8200", token=os.environ.get("VAULT_TOKEN"))


@app.post("/envs/<env>/db-credentials")
def vuln_vault_password_logged(env):
    secret = vault.secrets.kv.v2.read_secret_version(path=f"envs/{env}/db")
    password = secret["data"]["data"]["password"]
    log.info("issued database password %s for %s", password, env)  # sink
    return {"issued": True}


@app.post("/envs/<env>/db-credentials-safe")
def safe_vault_password_logged(env):
    secret = vault.secrets.kv.v2.read_secret_version(path=f"envs/{env}/db")
    version = secret["data"]["metadata"]["version"]
    log.info("issued database password version %s for %s", version, env)
    return {"issued": True}


def vuln_assume_deploy_role(account: str):
    sts = boto3.client("sts")
    credentials = sts.assume_role(RoleArn=f"arn:aws:iam::{account}:role/deploy", RoleSessionName="devplatform")["Credentials"]
    log.debug("assumed deploy role: %s", credentials)  # sink
    return credentials


def safe_assume_deploy_role(account: str):
    sts = boto3.client("sts")
    credentials = sts.assume_role(RoleArn=f"arn:aws:iam::{account}:role/deploy", RoleSessionName="devplatform")["Credentials"]
    log.debug("assumed deploy role until %s", credentials["Expiration"])
    return credentials


def vuln_session_token_printed():
    frozen = boto3.Session().get_credentials().get_frozen_credentials()
    print(f"using session token {frozen.token}")  # sink
    return frozen


def safe_session_token_printed():
    frozen = boto3.Session().get_credentials().get_frozen_credentials()
    print(f"using access key {frozen.access_key[:4]}...")
    return frozen


def vuln_registry_token_logged():
    token = os.environ["REGISTRY_TOKEN"]
    log.warning("registry login with %s", token)  # sink
    return token


def safe_registry_token_logged():
    token = os.environ["REGISTRY_TOKEN"]
    log.warning("registry login with a token of %d characters", len(token))
    return token
