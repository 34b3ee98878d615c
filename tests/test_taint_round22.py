"""Round 22's causes (tests/data/probes/console): slugs and Django's slug and regex validators admit no
injection, nh3 cleans markup, and INP108 asks the flow facts of a QuerySet.extra() fragment."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests import taintfindings

HEAD = (
    "import os, subprocess\nfrom django import forms\nfrom django.core import validators\n"
    "from django.db import connection\nfrom django.utils.text import slugify\n"
)


def findings(code: str) -> list[tuple[str, int]]:
    return taintfindings.findings(code, HEAD)


SHELL = "def view(request):\n    job = request.POST['job']\n"
REGION_SQL = (
    "def view(request):\n    form = F(request.GET)\n    if not form.is_valid():\n        return None\n"
    "    region = form.cleaned_data['region']\n"
    "    connection.cursor().execute(f\"SELECT 1 FROM t WHERE region = '{region}'\")\n"
)


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        # a slug is letters, digits, "_" and "-", with no "-" at either end
        (SHELL + "    subprocess.run(f'/opt/bin/export {job}', shell=True)\n", [("INP401", 3)]),
        (SHELL + "    subprocess.run(f'/opt/bin/export {slugify(job)}', shell=True)\n", []),
        (SHELL + "    open(os.path.join('/srv/out', slugify(job) + '.csv'), 'w')\n", []),
        # validate_slug raises unless the value is a slug: after it, no shell or path can be made of the value
        (SHELL + "    validators.validate_slug(job)\n    subprocess.run(f'/opt/bin/export {job}', shell=True)\n", []),
        (
            SHELL + "    validators.validate_email(job)\n    subprocess.run(f'/opt/bin/export {job}', shell=True)\n",
            [("INP401", 4)],
        ),
        # a RegexValidator bound at the top level, called as a statement: what its anchored pattern admits
        (
            "JOB = validators.RegexValidator(r'^[a-z]{1,20}$')\n\n\n"
            + SHELL
            + "    JOB(job)\n    subprocess.run(f'/opt/bin/export {job}', shell=True)\n",
            [],
        ),
        # not anchored at the start (re.search finds it anywhere), or inverted: no check of the whole value
        (
            "JOB = validators.RegexValidator(r'[a-z]{1,20}$')\n\n\n"
            + SHELL
            + "    JOB(job)\n    subprocess.run(f'/opt/bin/export {job}', shell=True)\n",
            [("INP401", 7)],
        ),
        (
            "import re\nJOB = validators.RegexValidator(r'^[a-z]+$', flags=re.MULTILINE)\n\n"
            + SHELL
            + "    JOB(job)\n    subprocess.run(f'/opt/bin/export {job}', shell=True)\n",
            [("INP401", 7)],
        ),
        (
            "JOB = validators.RegexValidator(r'^[a-z]+$', inverse_match=True)\n\n\n"
            + SHELL
            + "    JOB(job)\n    subprocess.run(f'/opt/bin/export {job}', shell=True)\n",
            [("INP401", 7)],
        ),
        (
            SHELL + "    validators.RegexValidator(r'^[a-z]+$')(job)\n"
            "    subprocess.run(f'/opt/bin/export {job}', shell=True)\n",
            [],
        ),
        # a form field's pattern and validators decide what its cleaned value holds
        ("class F(forms.Form):\n    region = forms.RegexField(r'^[A-Z]{2}$')\n\n\n" + REGION_SQL, []),
        ("class F(forms.Form):\n    region = forms.RegexField(regex=r'[A-Z]{2}')\n\n\n" + REGION_SQL, [("INP402", 10)]),
        (
            "class F(forms.Form):\n    region = forms.CharField(validators=[validators.validate_slug])\n\n\n"
            + REGION_SQL,
            [],
        ),
        (
            "class F(forms.Form):\n    region = forms.CharField(validators=[validators.MaxLengthValidator(2)])\n\n\n"
            + REGION_SQL,
            [("INP402", 10)],
        ),
        (
            "CODE = validators.RegexValidator(r'^[A-Z]{2}$')\n\n\nclass F(forms.Form):\n"
            "    region = forms.CharField(validators=[CODE])\n\n\n" + REGION_SQL,
            [],
        ),
        # markup cleaned by nh3 keeps only the tags it allows; markdown's output keeps the HTML it was given
        (
            "import markdown, nh3\nfrom django.http import HttpResponse\n\n\ndef view(request):\n"
            "    return HttpResponse(nh3.clean(markdown.markdown(request.POST['note'])))\n",
            [],
        ),
        (
            "import markdown\nfrom django.http import HttpResponse\n\n\ndef view(request):\n"
            "    return HttpResponse(markdown.markdown(request.POST['note']))\n",
            [("OUT401", 6)],
        ),
    ],
)
def test_round22_shapes(code: str, expected: list[tuple[str, int]]) -> None:
    assert [f for f in findings(code) if f[0] != "ACC103"] == expected


def test_inp108_asks_the_flow_of_an_extra_fragment(cli: Any, project: Any) -> None:
    """QuerySet.extra(where=[...]) fragments formatted with a converted or pattern-checked field are harmless;
    one formatted with any text, or a parameter the flow knows nothing of, is reported."""
    root = project(
        {
            "views.py": """
            from django import forms

            from .models import Breach


            class Desk(forms.Form):
                desk = forms.RegexField(regex=r"^[a-z]{2,12}$")
                days = forms.IntegerField()
                note = forms.CharField()


            def breaches(request):
                form = Desk(request.GET)
                if not form.is_valid():
                    return None
                desk, days = form.cleaned_data["desk"], form.cleaned_data["days"]
                Breach.objects.extra(where=[f"desk = '{desk}'", f"age < {days}"])
                return Breach.objects.extra(where=[f"note = '{form.cleaned_data['note']}'"])


            def by_desk(desk):
                return Breach.objects.extra(where=[f"desk = '{desk}'"])
            """,
            "models.py": "Breach = None\n",
        }
    )
    run = cli("scan", ".", "--select", "INP108", "--no-cache", "--format", "json", "-o", "r.json", cwd=root)
    assert run.exit_code == 0  # INP108 is of medium severity: reported, not blocking
    found = json.loads((root / "r.json").read_text())["findings"]
    assert sorted((f["start"]["line"], f["rule"]) for f in found) == [(18, "INP108"), (22, "INP108")]
