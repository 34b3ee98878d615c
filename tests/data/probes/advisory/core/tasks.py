"""Background jobs of the portal (run by the worker, queued by the views)."""

import json
import pickle
import subprocess

from celery import shared_task


@shared_task
def archive_folder(folder):
    subprocess.call("tar czf /srv/advisory/archive/out.tgz /srv/advisory/vault/" + folder, shell=True)


@shared_task
def archive_folder_args(folder):
    subprocess.call(["tar", "czf", "/srv/advisory/archive/out.tgz", "--", "/srv/advisory/vault/" + folder])


@shared_task
def import_positions(blob):
    return pickle.loads(blob)


@shared_task
def import_positions_json(blob):
    return json.loads(blob)
