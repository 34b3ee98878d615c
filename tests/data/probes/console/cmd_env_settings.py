# family: cmd 78
import os
import subprocess

from fastapi import FastAPI, Form

app = FastAPI()
BACKUP_HOST = os.environ.get("CONSOLE_BACKUP_HOST", "backup.internal")
RETENTION = int(os.getenv("CONSOLE_RETENTION_DAYS", "30"))
ARCHIVES = {"daily": "/srv/console/archive/daily", "monthly": "/srv/console/archive/monthly"}


@app.post("/backups")
def safe_push_backup():
    subprocess.run(f"rsync -a /srv/console/exports {BACKUP_HOST}:/srv/backup", shell=True, check=True, timeout=600)  # sink
    return {"pushed": True}


@app.post("/backups/prune")
def safe_prune(kind: str = Form("daily")):
    folder = ARCHIVES.get(kind, ARCHIVES["daily"])
    subprocess.run(f"find {folder} -mtime +{RETENTION} -delete", shell=True, check=True, timeout=600)  # sink
    return {"pruned": kind}


@app.post("/backups/prune/any")
def vuln_prune(kind: str = Form("daily")):
    folder = os.path.join("/srv/console/archive", kind)
    subprocess.run(f"find {folder} -mtime +{RETENTION} -delete", shell=True, check=True, timeout=600)  # sink
    return {"pruned": kind}


@app.post("/backups/to")
def vuln_push_to(host: str = Form(...)):
    target = host or BACKUP_HOST
    subprocess.run(f"rsync -a /srv/console/exports {target}:/srv/backup", shell=True, check=True, timeout=600)  # sink
    return {"pushed": target}
