"""Settings of the treasury back office: fixed by the company, deployed with the code."""

import enum

BANK_FILE_DIR = "/srv/treasury/bankfiles"
ARCHIVE_DIR = BANK_FILE_DIR + "/archive"
STATEMENT_TOOL = "/opt/treasury/bin/mt940-convert"
REPORT_SCHEMA = "treasury"
CACHE_DIR = "/var/cache/treasury"
HASH_ALGORITHM = "sha256"
LISTEN_HOST = "127.0.0.1"
VERIFY_BANK_TLS = True


class Bank(enum.Enum):
    NORDBANK = "nordbank"
    WESTLAND = "westland"


class Queue(str, enum.Enum):
    PAYMENTS = "treasury-payments"
    STATEMENTS = "treasury-statements"
