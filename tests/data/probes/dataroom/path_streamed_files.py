# family: path 22 23 36 73 99
import os
import uuid

import anyio
from fastapi import FastAPI
from fastapi.responses import Response, StreamingResponse

from .core.files import iter_file
from .core.schemas import CheckedUpload, ExportFormat, Upload
from .core.settings import settings
from .core.storage import s3

app = FastAPI()


@app.get("/exports/files/{name}")
def vuln_stream_export(name: str):
    return StreamingResponse(iter_file(settings.export_dir / name), media_type="application/pdf")  # sink


@app.get("/exports/by-id/{report_id}")
def safe_stream_export(report_id: uuid.UUID):
    return StreamingResponse(iter_file(settings.export_dir / f"{report_id}.pdf"), media_type="application/pdf")  # sink


@app.get("/exports/raw")
async def vuln_anyio_read(name: str):
    data = await anyio.Path(settings.export_dir, name).read_bytes()  # sink
    return Response(data, media_type="application/octet-stream")


@app.get("/exports/latest/{fmt}")
async def safe_anyio_read(fmt: ExportFormat):
    data = await anyio.Path(settings.export_dir, f"latest.{fmt.value}").read_bytes()  # sink
    return Response(data, media_type="application/octet-stream")


@app.post("/rooms/pull")
def vuln_s3_download(key: str, name: str):
    s3.download_file(settings.bucket, key, f"/srv/dataroom/inbox/{name}")  # sink
    return {"pulled": key}


@app.post("/rooms/pull/checked")
def safe_s3_download(key: str, name: str):
    s3.download_file(settings.bucket, key, os.path.join("/srv/dataroom/inbox", os.path.basename(name)))  # sink
    return {"pulled": key}


@app.post("/rooms/push")
def vuln_s3_upload(body: Upload):
    s3.upload_file(f"/srv/dataroom/uploads/{body.room}/{body.name}", settings.bucket, body.object_key)  # sink
    return {"pushed": body.object_key}


@app.post("/rooms/push/checked")
def safe_s3_upload(body: CheckedUpload):
    s3.upload_file(body.local_path, settings.bucket, f"rooms/{body.room}/{body.name}")  # sink
    return {"pushed": body.name}
