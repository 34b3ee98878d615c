"""PDF conversion of uploaded research drafts (LibreOffice, headless)."""
import shlex
import subprocess

OUTDIR = "/srv/portal/pdf"


def to_pdf_shell(path):
    subprocess.run(f"soffice --headless --convert-to pdf --outdir {OUTDIR} {path}", shell=True, check=True)


def to_pdf_quoted(path):
    subprocess.run(f"soffice --headless --convert-to pdf --outdir {OUTDIR} {shlex.quote(path)}", shell=True, check=True)
