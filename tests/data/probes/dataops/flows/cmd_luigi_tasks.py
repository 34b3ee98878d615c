# family: cmd 78
"""Luigi tasks of the legacy pipeline, run by the operator from the command line or by cron."""

import os
import shlex
import subprocess

import luigi


class VulnDumpTable(luigi.Task):
    table = luigi.Parameter()

    def output(self):
        return luigi.LocalTarget(f"/data/dumps/{self.table}.sql")

    def run(self):
        os.system(f"pg_dump -t {self.table} warehouse > /data/dumps/current.sql")  # sink


class SafeDumpTable(luigi.Task):
    table = luigi.Parameter()

    def output(self):
        return luigi.LocalTarget(f"/data/dumps/{self.table}.sql")

    def run(self):
        os.system(f"pg_dump -t {shlex.quote(self.table)} warehouse > /data/dumps/current.sql")  # sink


class VulnArchiveDay(luigi.Task):
    day = luigi.DateParameter()
    note = luigi.Parameter(default="")

    def run(self):
        subprocess.run(f"tar czf /data/archive/{self.day}.tgz /data/day/{self.day} && logger '{self.note}'", shell=True, check=True)  # sink


class SafeArchiveDay(luigi.Task):
    day = luigi.DateParameter()
    note = luigi.Parameter(default="")

    def run(self):
        subprocess.run(f"tar czf /data/archive/{self.day}.tgz /data/day/{self.day} && logger {shlex.quote(self.note)}", shell=True, check=True)  # sink
