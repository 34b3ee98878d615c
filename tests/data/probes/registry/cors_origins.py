# family: cors 942
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from flask import Flask
from flask_cors import CORS

ALLOWED_ORIGINS = ["https://registry.firm.example", "https://desk.firm.example"]


def vuln_flask_app():
    app = Flask(__name__)
    CORS(app, supports_credentials=True)  # sink
    return app


def safe_flask_app():
    app = Flask(__name__)
    CORS(app, origins=ALLOWED_ORIGINS, supports_credentials=True)  # sink
    return app


def vuln_api():
    api = FastAPI()
    api.add_middleware(
        CORSMiddleware,
        allow_origins=["*"],  # sink
        allow_credentials=True,
        allow_methods=["*"],
    )
    return api


def safe_api():
    api = FastAPI()
    api.add_middleware(
        CORSMiddleware,
        allow_origins=ALLOWED_ORIGINS,  # sink
        allow_credentials=True,
        allow_methods=["GET", "POST"],
    )
    return api


def vuln_add_headers(response):
    response.headers["Access-Control-Allow-Origin"] = "*"  # sink
    response.headers["Access-Control-Allow-Credentials"] = "true"
    return response


def safe_add_headers(response, origin):
    if origin in ALLOWED_ORIGINS:
        response.headers["Access-Control-Allow-Origin"] = origin  # sink
        response.headers["Vary"] = "Origin"
    return response
