# family: cmd 78
import subprocess

import functions_framework


# a CloudEvent function (a Storage upload, a Pub/Sub message): the event's data was written outside the
# process (the uploader names the object)
@functions_framework.cloud_event
def vuln_on_upload(cloud_event):
    name = cloud_event.data["name"]
    subprocess.run(f"pdftotext /mnt/uploads/{name} -", shell=True, check=True)  # sink


@functions_framework.cloud_event
def safe_on_upload(cloud_event):
    name = cloud_event.data["name"]
    subprocess.run(["pdftotext", "--", f"/mnt/uploads/{name}", "-"], check=True)  # sink
