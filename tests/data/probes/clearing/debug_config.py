# family: debug 489 215
import logging
import os

from flask import Flask


def safe_logging_level(verbose: bool) -> None:
    logging.basicConfig(level=logging.DEBUG if verbose else logging.INFO)


def safe_app_logger(app: Flask) -> None:
    app.logger.setLevel(logging.DEBUG)


def safe_from_env() -> Flask:
    app = Flask(__name__)
    app.config.from_prefixed_env()
    app.debug = os.environ.get("CLEARING_ENV") == "development"
    return app


class SafeProductionConfig:
    DEBUG = False
    TESTING = False
    DEBUG_TB_INTERCEPT_REDIRECTS = False
    LOG_LEVEL = "DEBUG"


class VulnProductionConfig:
    DEBUG = True  # sink
    TESTING = False


def vuln_run() -> None:
    app = Flask(__name__)
    app.run(host="0.0.0.0", port=8080, debug=True)  # sink
