# family: emptypw 258 521
import os

from sqlalchemy import create_engine


def safe_engine():
    return create_engine(
        "postgresql+psycopg://",
        connect_args={"user": "settle", "password": os.environ.get("SETTLE_DB_PASSWORD", ""), "host": "db"},
    )


def vuln_engine():
    return create_engine(
        "postgresql+psycopg://",
        connect_args={"user": "settle", "password": "", "host": "db"},  # sink
    )
