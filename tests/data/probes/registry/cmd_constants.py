# family: cmd 78
import shlex
import subprocess

BACKUP = "pg_dump --format=custom registry > /srv/backups/registry.dump"


def safe_backup():
    subprocess.run(BACKUP, shell=True, check=True)  # sink


def vuln_archive_project(project_code):
    subprocess.run(f"tar czf /srv/archive/{project_code}.tgz /srv/projects/{project_code}", shell=True)  # sink


def safe_archive_project(project_code):
    code = shlex.quote(project_code)
    subprocess.run(f"tar czf /srv/archive/{code}.tgz /srv/projects/{code}", shell=True)  # sink
