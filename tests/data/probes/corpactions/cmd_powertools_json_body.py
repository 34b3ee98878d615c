# family: cmd 78
import shlex
import subprocess

from aws_lambda_powertools import Logger, Tracer
from aws_lambda_powertools.event_handler import APIGatewayRestResolver

logger = Logger()
tracer = Tracer()
app = APIGatewayRestResolver()


@app.post("/exports")
def vuln_export():
    body = app.current_event.json_body
    subprocess.run("zip -qr /tmp/export.zip /data/events/" + body["folder"], shell=True, check=True)  # sink
    return {"status": "done"}


@app.post("/archives")
def safe_archive():
    body = app.current_event.json_body
    subprocess.run("zip -qr /tmp/export.zip /data/events/" + shlex.quote(body["folder"]), shell=True, check=True)
    return {"status": "done"}


@logger.inject_lambda_context(log_event=True)
@tracer.capture_lambda_handler
def lambda_handler(event, context):
    return app.resolve(event, context)
