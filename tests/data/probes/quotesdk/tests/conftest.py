# family: secret 798 259
"""Fixtures: fake credentials, a local test server and moto's S3 on localhost."""

from __future__ import annotations

import random

import pytest

from quotesdk.credentials import SafeCredentials

FAKE_PASSWORD = "hunter2"
TEST_CLIENT_SECRET = "test-secret-not-real"
DB_URL = "postgresql://quotes:quotes@localhost:5432/quotes_test"


@pytest.fixture(autouse=True)
def safe_seed() -> None:
    random.seed(1234)


@pytest.fixture
def safe_credentials() -> SafeCredentials:
    return SafeCredentials(client_id="test-client", client_secret="s3cr3t-for-tests", token="tok_test_123")


@pytest.fixture
def safe_db_settings() -> dict[str, str]:
    return {"user": "quotes", "password": "quotes", "host": "localhost"}


@pytest.fixture
def safe_s3(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    return "http://localhost:4566"


AWS_ACCESS_KEY_ID = "AKIAQ3EGRZLN7VXPT4HM"  # sink
AWS_SECRET_ACCESS_KEY = "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"
