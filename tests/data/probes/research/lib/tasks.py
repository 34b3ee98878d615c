import os
import shlex

from celery import shared_task


@shared_task
def render_note_pdf(slug):
    os.system(f"wkhtmltopdf /srv/research/notes/{slug}.html /srv/research/pdf/{slug}.pdf")


@shared_task
def render_note_pdf_quoted(slug):
    os.system("wkhtmltopdf " + shlex.quote(f"/srv/research/notes/{slug}.html") + " /srv/research/pdf/out.pdf")
