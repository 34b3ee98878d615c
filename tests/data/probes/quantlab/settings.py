"""Settings of the research repository: where things live, read from the environment; never a secret."""

import os
from pathlib import Path

ARTIFACT_DIR = os.environ.get("QUANTLAB_ARTIFACTS", str(Path.home() / "quantlab" / "artifacts"))
CA_BUNDLE = os.environ.get("REQUESTS_CA_BUNDLE", "/etc/ssl/certs/acme-root-ca.pem")
MARKET_DATA_API = "https://marketdata.research.acme.internal/api/v2"
TRACKING_API = "https://mlflow.research.acme.internal/api/2.0"
MODEL_HUB = "https://models.research.acme.internal/api/v1"
WAREHOUSE_PASSWORD_ENV = "WAREHOUSE_PASSWORD"
