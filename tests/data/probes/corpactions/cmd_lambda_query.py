# family: cmd 78
import shlex
import subprocess


def vuln_preview_handler(event, context):
    params = event.get("queryStringParameters") or {}
    document = params.get("document", "notice.pdf")
    out = subprocess.run(f"pdfinfo /data/notices/{document}", shell=True, capture_output=True, text=True)  # sink
    return {"statusCode": 200, "body": out.stdout}


def safe_preview_handler(event, context):
    params = event.get("queryStringParameters") or {}
    document = params.get("document", "notice.pdf")
    out = subprocess.run(f"pdfinfo /data/notices/{shlex.quote(document)}", shell=True, capture_output=True, text=True)
    return {"statusCode": 200, "body": out.stdout}
