"""The HTML report for the CSIRT, looked at in a real headless Chromium where one is installed."""

from __future__ import annotations

import json
import re
import shutil
import struct
import subprocess
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
LOADER = "import yaml\n\n\ndef load(request):\n    return yaml.load(request.data)\n"
CALC = """\
from flask import Flask, request

app = Flask(__name__)


@app.route("/calc")
def calc():
    return str(eval(request.args["expr"]))
"""
SEVERITIES = ["critical", "high", "medium", "low"]
LONG = "services/payments-settlement-gateway/internal/handlers"
WAIVER = """\
[[waiver]]
rule = "INP102"
path = "{path}"
reason = "Parses the vendor's signed config only"
approver = "csirt:a.tanaka"
expires = 2099-01-31
"""
# Run in the page after its own script: measure the layout, sort by rule, filter, and report in the title.
PROBE = """<script>
try {
const doc = document.documentElement, out = {};
out.scroll = [doc.scrollWidth, doc.clientWidth];
out.clipped = [...document.querySelectorAll(".bar-label")].filter(e => e.scrollWidth > e.clientWidth + 1)
  .map(e => e.textContent);
out.labels = [...document.querySelectorAll(".bar-label")].map(e => e.textContent);
const visible = () => [...document.querySelectorAll("#findings tbody tr")].filter(r => !r.hidden);
document.querySelectorAll("#findings th")[1].click();
out.sorted = visible().map(r => [r.cells[1].querySelector(".sev").textContent, r.cells[1].querySelector("b").textContent]);
const filter = document.querySelector("#filter");
filter.value = "INP102"; filter.dispatchEvent(new Event("input"));
out.filtered = visible().map(r => r.cells[0].textContent);
filter.value = ""; filter.dispatchEvent(new Event("input"));
const state = document.querySelector("#state");
state.value = "waiver"; state.dispatchEvent(new Event("change"));
out.waived = visible().map(r => r.cells[4].textContent);
document.title = JSON.stringify(out);
} catch (error) { document.title = "probe failed: " + error; }
</script>"""


def _report(cli, project) -> Path:
    files = {f"{LONG}/{name}/views.py": LOADER for name in ("alpha", "beta", "gamma", "delta")}
    files["ops/run.py"] = "import subprocess\n\n\ndef run(cmd):\n    subprocess.run(cmd, shell=True)\n"
    files["ops/keys.py"] = 'API_TOKEN = "ghp_Xq8Zk2Lm4Nn6Pp8Rr0Tt2Vv4Xx6Zz8Bb0Dd"\n'
    files["web/calc.py"] = CALC
    files["guidelint-waivers.toml"] = WAIVER.format(path=f"{LONG}/delta/views.py")
    root = project(files)
    run = cli("scan", "-f", "html", "-o", "report.html", cwd=root)
    assert run.exit_code == 1, run.stdout
    return root / "report.html"


def _chromium(*args: str, user_data: Path) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={user_data}",
    ]
    return subprocess.run([CHROMIUM, *flags, *args], capture_output=True, text=True, timeout=120)


def test_report_content_without_a_browser(cli, project) -> None:
    page = _report(cli, project).read_text()
    assert "https://" not in page and "http://" not in page  # self-contained
    for chart in ("Guideline clause", "Severity", "Engine", "Directory"):
        assert f'aria-label="{chart}"' in page
    severities = re.findall(r'<span class="bar-label">(critical|high|medium|low)</span>', page)
    assert severities == sorted(severities, key=SEVERITIES.index)
    assert (
        "waiver: Parses the vendor&#x27;s signed config only · approved by csirt:a.tanaka · expires 2099-01-31" in page
    )


@pytest.mark.skipif(CHROMIUM is None, reason="no Chromium here (Debian: apt-get install chromium)")
def test_report_in_headless_chromium_at_1000_px(cli, project, tmp_path: Path) -> None:
    report = _report(cli, project)
    probe = report.with_name("probe.html")
    probe.write_text(report.read_text().replace("</body></html>", PROBE + "</body></html>"))
    dom = _chromium("--window-size=1000,1400", "--dump-dom", probe.as_uri(), user_data=tmp_path / "profile")
    title = re.search(r"<title>(.*?)</title>", dom.stdout, re.S)
    assert title is not None, dom.stderr
    assert title.group(1).startswith("{"), title.group(1)[:300] + dom.stderr[-2000:]
    out = json.loads(title.group(1).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">"))
    width, viewport = out["scroll"]
    assert width <= viewport, f"horizontal scrolling at 1000 px: {width} > {viewport}"
    assert out["clipped"] == []
    for name in ("alpha", "beta", "gamma"):  # delta's finding is waived: not in the charts
        assert f"{LONG}/{name}" in out["labels"]  # long directories that share a prefix, each readable
    assert any(label.startswith("SG-5.3 ") and label.endswith("objects") for label in out["labels"])
    assert out["sorted"][0] == ["critical", "INP403"]  # the most severe first, then by rule id
    assert out["sorted"] == sorted(out["sorted"], key=lambda pair: (SEVERITIES.index(pair[0]), pair[1]))
    assert len(out["filtered"]) == 4 and all("views.py" in where for where in out["filtered"])
    assert out["waived"] == [
        "waiver: Parses the vendor's signed config only · approved by csirt:a.tanaka · expires 2099-01-31"
    ]

    shot = tmp_path / "report.png"
    run = _chromium("--window-size=1000,1400", f"--screenshot={shot}", report.as_uri(), user_data=tmp_path / "p2")
    assert shot.is_file(), run.stderr
    header = shot.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", header[16:24]) == (1000, 1400)
