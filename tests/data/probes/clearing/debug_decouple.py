# family: debug 489 215
import argparse

from decouple import config
from flask import Flask


def safe_cli_debug(app: Flask) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--debug", action="store_true", help="run the development server with the debugger")
    args = parser.parse_args()
    app.run(host="127.0.0.1", port=5000, debug=args.debug)


class SafeDecoupleSettings:
    DEBUG = config("DEBUG", default=False, cast=bool)


def safe_config_copy(app: Flask, settings) -> None:
    app.config["DEBUG"] = settings.DEBUG


def vuln_config_key(app: Flask) -> None:
    app.config["DEBUG"] = True  # sink


class VulnDecoupleSettings:
    DEBUG = config("DEBUG", default=True, cast=bool)  # sink
