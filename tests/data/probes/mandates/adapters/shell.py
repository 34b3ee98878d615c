"""The report renderer is a command-line tool of the platform team."""

import subprocess

from ..common.config import REPORT_TOOL


def render_report(*args):
    line = " ".join([REPORT_TOOL, *args])
    return subprocess.run(line, shell=True, check=True, capture_output=True).stdout


def render_report_argv(*args):
    return subprocess.run([REPORT_TOOL, *args], check=True, capture_output=True).stdout
