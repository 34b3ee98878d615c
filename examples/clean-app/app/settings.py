import logging
import os

DATABASE_PASSWORD = os.environ["DATABASE_PASSWORD"]
SECRET_KEY = os.environ["SECRET_KEY"]
API_TOKEN = os.environ.get("API_TOKEN", "")
DEBUG = os.environ.get("FLASK_DEBUG") == "1"

logger = logging.getLogger("disclosure")
