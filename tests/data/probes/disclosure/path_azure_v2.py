# family: path 22 23 36 73 99
import os

import azure.functions as func

app = func.FunctionApp(http_auth_level=func.AuthLevel.FUNCTION)
DOCUMENTS = "/home/site/documents"


# the v2 model: functions declared on a FunctionApp by decorators
@app.route(route="documents/{name}")
def vuln_document(req: func.HttpRequest) -> func.HttpResponse:
    name = req.route_params.get("name")
    with open(os.path.join(DOCUMENTS, name), "rb") as fh:  # sink
        return func.HttpResponse(fh.read(), mimetype="application/pdf")


@app.route(route="safe/documents/{name}")
def safe_document(req: func.HttpRequest) -> func.HttpResponse:
    name = os.path.basename(req.route_params.get("name"))
    with open(os.path.join(DOCUMENTS, name), "rb") as fh:  # sink
        return func.HttpResponse(fh.read(), mimetype="application/pdf")


@app.function_name(name="Upload")
@app.route(route="upload", methods=["POST"])
def vuln_upload(req):
    upload = req.files["document"]
    upload.save(os.path.join(DOCUMENTS, upload.filename))  # sink
    return func.HttpResponse(status_code=201)


@app.function_name(name="UploadSafe")
@app.route(route="safe/upload", methods=["POST"])
def safe_upload(req):
    upload = req.files["document"]
    upload.save(os.path.join(DOCUMENTS, os.path.basename(upload.filename)))  # sink
    return func.HttpResponse(status_code=201)


# a timer function's parameter is the schedule's, not a client's
@app.timer_trigger(schedule="0 0 2 * * *", arg_name="timer")
def safe_nightly(timer: func.TimerRequest) -> None:
    with open(os.path.join(DOCUMENTS, "index.txt"), "w") as fh:  # sink
        fh.write(str(timer.past_due))
