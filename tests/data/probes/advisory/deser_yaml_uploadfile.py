# family: deser 502
import yaml
from fastapi import FastAPI, UploadFile

api = FastAPI()


@api.post("/mandates/import")
async def vuln_import_mandate(file: UploadFile):
    mandate = yaml.load(await file.read(), Loader=yaml.Loader)  # sink
    return {"keys": sorted(mandate)}


@api.post("/mandates/import/safe")
async def safe_import_mandate(file: UploadFile):
    mandate = yaml.load(await file.read(), Loader=yaml.SafeLoader)  # sink
    return {"keys": sorted(mandate)}
