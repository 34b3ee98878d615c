# family: deser 502
"""Manifests and Helm values a developer uploads, parsed before they are applied to the cluster."""

import yaml
from fastapi import FastAPI, Request, UploadFile
from flask import Flask, request
from kubernetes import client, config, utils

app = Flask(__name__)
api = FastAPI()
config.load_incluster_config()
k8s = client.ApiClient()


@app.post("/envs/<ns>/apply")
def vuln_apply_manifest(ns):
    doc = yaml.load(request.get_data(), Loader=yaml.Loader)  # sink
    utils.create_from_dict(k8s, doc, namespace=ns)
    return {"applied": doc["metadata"]["name"]}


@app.post("/envs/<ns>/apply-safe")
def safe_apply_manifest(ns):
    doc = yaml.load(request.get_data(), Loader=yaml.SafeLoader)
    utils.create_from_dict(k8s, doc, namespace=ns)
    return {"applied": doc["metadata"]["name"]}


@api.post("/envs/{ns}/bundle")
async def vuln_apply_bundle(ns: str, bundle: UploadFile):
    text = (await bundle.read()).decode()
    for doc in yaml.unsafe_load_all(text):  # sink
        utils.create_from_dict(k8s, doc, namespace=ns)
    return {"ok": True}


@api.post("/envs/{ns}/bundle-safe")
async def safe_apply_bundle(ns: str, bundle: UploadFile):
    text = (await bundle.read()).decode()
    for doc in yaml.safe_load_all(text):
        utils.create_from_dict(k8s, doc, namespace=ns)
    return {"ok": True}


@api.post("/releases/{name}/values")
async def vuln_helm_values(name: str, request: Request):
    body = await request.body()
    values = yaml.load(body, Loader=yaml.CLoader)  # sink
    return {"release": name, "keys": sorted(values)}


@api.post("/releases/{name}/values-safe")
async def safe_helm_values(name: str, request: Request):
    body = await request.body()
    values = yaml.load(body, Loader=yaml.CSafeLoader)
    return {"release": name, "keys": sorted(values)}
