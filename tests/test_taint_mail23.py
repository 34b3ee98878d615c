"""Request data in the HTML body of an e-mail the service sends (issue 13): an outsider's text placed there
unescaped puts its links and markup into a mail in the company's name. The sinks are of the `html` kind, so
every HTML escaper, an autoescaping template's rendering and a check that clears HTML clear them; they carry
their own finding message (OUT401, CWE-79: HTML injection), and a plain-text body is no sink."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml
from guidelint.engines.taint.engine import check_source
from guidelint.engines.taint.modelfile import ModelError, parse_model
from guidelint.engines.taint.models import Models

from tests import taintfindings

MAIL = "placed into the HTML body of an e-mail without escaping"

DJANGO = """
from django.core.mail import EmailMessage, EmailMultiAlternatives, mail_managers, send_mail
from django.template.loader import render_to_string
from django.utils.html import escape


"""


def _hits(code: str) -> list[tuple[str, int, str]]:
    text = textwrap.dedent(code).lstrip("\n")
    hits, problems = check_source("t.py", text, taintfindings.RULES, taintfindings.PACK.models)
    assert not problems
    return sorted((h.rule, h.line, h.message) for h in hits)


def test_send_mail_html_message_from_request_is_reported_with_the_mail_message() -> None:
    code = DJANGO + textwrap.dedent(
        """
        def contact(request):
            note = request.POST["note"]
            send_mail("Contact", note, "noreply@example.com", ["desk@example.com"], html_message=note)
        """
    )
    assert _hits(code) == [
        (
            "OUT401",
            9,
            "Django request data is " + MAIL + " (django.core.mail.send_mail): links and markup an outsider "
            "writes appear in a mail sent in the company's name",
        )
    ]


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ('html_message="<p>%s</p>" % note', True),  # markup built around it: reported at the mail, once
        ('html_message="<p>%s</p>" % escape(note)', False),
        ('html_message=render_to_string("contact.html", {"note": note})', False),  # autoescaped template
        ('html_message="<p>Thank you</p>"', False),  # a constant HTML body
        ("", False),  # a plain-text body only
    ],
)
def test_send_mail_bodies(body: str, flagged: bool) -> None:
    args = ", " + body if body else ""
    code = DJANGO + textwrap.dedent(
        f"""
        def contact(request):
            note = request.POST["note"]
            send_mail("Contact", note, "noreply@example.com", ["desk@example.com"]{args})
        """
    )
    hits = _hits(code)
    assert [(rule, line) for rule, line, _ in hits] == ([("OUT401", 9)] if flagged else [])
    assert all(MAIL in message for _, _, message in hits)


def test_django_mail_objects() -> None:
    code = DJANGO + textwrap.dedent(
        """
        def notify(request):
            text = request.POST["text"]
            mail_managers("Ticket", text, html_message=f"<b>{text}</b>")
            alt = EmailMultiAlternatives("Ticket", text, to=["desk@example.com"])
            alt.attach_alternative(text, "text/html")
            alt.attach_alternative(text, "text/plain")
            alt.attach_alternative(escape(text), "text/html")
            html_mail = EmailMessage("Ticket", text, to=["desk@example.com"])
            html_mail.content_subtype = "html"
            plain = EmailMessage("Ticket", text, to=["desk@example.com"])
            plain.content_subtype = "plain"
            for mail in (alt, html_mail, plain):
                mail.send()
        """
    )
    assert [(rule, line) for rule, line, _ in _hits(code)] == [("OUT401", 9), ("OUT401", 11), ("OUT401", 14)]


def test_flask_mail_and_the_standard_library() -> None:
    code = """
    from email.message import EmailMessage
    from email.mime.text import MIMEText

    from flask import Flask, render_template, request
    from flask_mail import Message
    from markupsafe import escape

    app = Flask(__name__)


    @app.post("/feedback")
    def feedback():
        text = request.form["text"]
        Message("Feedback", ["desk@example.com"], html=text)
        Message("Feedback", ["desk@example.com"], html=escape(text))
        Message("Feedback", ["desk@example.com"], html=render_template("feedback.html", text=text))
        Message("Feedback", ["desk@example.com"], body=text)
        mail = EmailMessage()
        mail.set_content(text)
        mail.add_alternative(text, subtype="html")
        mail.add_alternative(escape(text), subtype="html")
        MIMEText(text, "html")
        MIMEText(text)
        MIMEText(text, "plain")
        return "thanks"
    """
    assert [(rule, line) for rule, line, _ in _hits(code)] == [("OUT401", 14), ("OUT401", 20), ("OUT401", 22)]


def test_a_helper_of_the_module_that_sends_the_mail_is_reported_at_its_sink() -> None:
    """Its flow runs from the view that passes request data; the view that escapes it adds nothing."""
    code = DJANGO + textwrap.dedent(
        """
        def notify_desk(html):
            send_mail("Desk", "", "noreply@example.com", ["desk@example.com"], html_message=html)


        def contact(request):
            notify_desk(request.POST["note"])


        def contact_escaped(request):
            notify_desk(escape(request.POST["note"]))
        """
    )
    hits = _hits(code)
    assert [(rule, line) for rule, line, _ in hits] == [("OUT401", 8)]
    assert MAIL in hits[0][2]


def test_the_services_own_exception_text_in_a_mail_to_staff_is_no_disclosure() -> None:
    """OUT153 reports exception text sent to the client: a mail to the managers is not that."""
    code = DJANGO + textwrap.dedent(
        """
        def nightly():
            try:
                run_batch()
            except Exception as exc:
                mail_managers("Batch failed", str(exc), html_message="<pre>%s</pre>" % exc)
        """
    )
    assert [rule for rule, _, _ in _hits(code)] == []


def test_a_sink_message_must_name_only_known_placeholders() -> None:
    bad = {"name": "t", "sinks": [{"call": ["x.send"], "kind": "html", "message": "{source} to {target}"}]}
    with pytest.raises(ModelError, match="may name only"):
        parse_model(bad, Path("bad.yaml"), Models())
    bad_set = {"name": "t", "sinks": [{"call": ["x.Mail"], "kind": "html", "when-set": ["content_subtype"]}]}
    with pytest.raises(ModelError, match="when-set"):
        parse_model(bad_set, Path("bad.yaml"), Models())
    good = yaml.safe_load(
        "sinks:\n  - call: [x.Mail]\n    kind: html\n    when-set: {content_subtype: html}\n"
        "    value-kinds: [input]\n    message: '{source} is mailed ({sink})'\n"
    )
    models = Models()
    parse_model(good, Path("good.yaml"), models)
    sink = models.sinks[0]
    assert (sink.when_set, sink.value_kinds, sink.message) == (
        (("content_subtype", "html"),),
        frozenset({"input"}),
        "{source} is mailed ({sink})",
    )


def test_scan_exit_code_and_text(tmp_path: Path) -> None:
    (tmp_path / "views.py").write_text(
        DJANGO.lstrip()
        + "def contact(request):\n"
        + '    send_mail("Contact", "", "noreply@example.com", ["desk@example.com"], '
        + 'html_message=request.POST["note"])\n'
    )
    run = subprocess.run(
        [sys.executable, "-m", "guidelint", "scan", "--select", "OUT401", "--no-cache", "views.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 1, run.stdout + run.stderr
    assert "views.py:7:5: OUT401 [high] Django request data is " + MAIL in run.stdout
