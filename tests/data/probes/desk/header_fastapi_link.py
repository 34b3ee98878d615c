# family: header 113 20
from urllib.parse import quote

from fastapi import FastAPI, Response

app = FastAPI()


@app.get("/reports/{report_id}/export")
def vuln_export(report_id: int, filename: str, response: Response):
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'  # sink
    return {"report": report_id}


@app.get("/reports/{report_id}/export/safe")
def safe_export(report_id: int, filename: str, response: Response):
    response.headers["Content-Disposition"] = f"attachment; filename*=UTF-8''{quote(filename)}"  # sink
    return {"report": report_id}
