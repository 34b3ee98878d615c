# family: cmd 78
from django.utils.text import slugify
from fastapi import BackgroundTasks, FastAPI

from .services.exports import dump_table

app = FastAPI()


@app.post("/dumps/{table}")
def vuln_queue_dump(table: str, tasks: BackgroundTasks):
    tasks.add_task(dump_table, table, "/srv/console/dumps/table.sql")  # sink
    return {"queued": table}


@app.post("/dumps/safe/{table}")
def safe_queue_dump(table: str, tasks: BackgroundTasks):
    tasks.add_task(dump_table, slugify(table), "/srv/console/dumps/table.sql")  # sink
    return {"queued": table}
