# family: secret 798 259 321
import getpass
import os

import keyring
import psycopg

DSN_TEMPLATE = "postgresql://{user}:{password}@{host}:5432/custody"
PASSWORD_ENV = "CUSTODY_DB_PASSWORD"
KEYRING_SERVICE = "custody-recon"


def safe_dsn(user, host):
    return DSN_TEMPLATE.format(user=user, password=os.environ[PASSWORD_ENV], host=host)


def vuln_dsn(host):
    return f"postgresql://recon:Rc0n!Settle2026@{host}:5432/custody"  # sink


def safe_connect(host, user, password=None):
    if password is None:
        password = keyring.get_password(KEYRING_SERVICE, user) or getpass.getpass(f"Password for {user}: ")
    return psycopg.connect(host=host, user=user, password=password, dbname="custody")


def vuln_connect(host, user, password="Recon#2026pg"):  # sink
    return psycopg.connect(host=host, user=user, password=password, dbname="custody")
