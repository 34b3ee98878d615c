"""`guidelint impact`: the example CSIRT pack 1.2.0 -> 1.3.0 on generated git repositories, on real Dask
(an in-process LocalCluster, a LocalCluster of worker processes, and a `dask scheduler` + `dask worker`
pair), with real engines; the deltas are checked finding by finding."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import REPO, run_guidelint

V1 = REPO / "examples" / "csirt-pack" / "acme_csirt_pack"
V2 = REPO / "examples" / "impact" / "csirt-pack-v2" / "acme_csirt_pack"
SESSION = "from genesis.client import Session\n\n\ndef orders():\n    with Session() as genesis:\n        return genesis.orders()\n"
HOSTS = "EXPORT_HOST=ftp.acme.internal\nARCHIVE_HOST=ftp-legacy.acme.internal\n"
WAIVER = """\
[[waiver]]
rule = "ACM102"
path = "app/**"
reason = "Batch job; the access record names the job owner"
approver = "csirt:a.tanaka"
expires = 2099-12-31
"""


def _git_repo(root: Path, files: dict[str, str]) -> Path:
    root.mkdir(parents=True)
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    subprocess.run(["git", "-C", str(root), "add", "-A"], check=True)
    subprocess.run(
        ["git", "-C", str(root), "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "init"], check=True
    )
    return root


@pytest.fixture
def estate(tmp_path: Path) -> Path:
    """alpha: a session without user (ACM102, new); beta: both transfer hosts (ACM201, widened and staged);
    gamma: alpha's code with a CSIRT waiver for ACM102; delta: a configuration that does not load;
    epsilon: alpha's code with a baseline that holds its ACM102 finding."""
    base = tmp_path / "estate"
    _git_repo(base / "alpha", {"app/data.py": SESSION})
    _git_repo(base / "beta", {"deploy.env": HOSTS, "app/ok.py": "import os\n"})
    _git_repo(base / "gamma", {"app/data.py": SESSION, "guidelint-waivers.toml": WAIVER})
    _git_repo(base / "delta", {"guidelint.toml": "fail-on = [\n", "app/ok.py": "import os\n"})
    epsilon = _git_repo(base / "epsilon", {"app/data.py": SESSION})  # adopted 1.3.0 early, with a baseline
    made = run_guidelint("baseline", "create", "--no-cache", "--pack", V2, cwd=epsilon)
    assert made.exit_code == 0 and "wrote 1 finding(s)" in made.stdout, made.stderr
    return base


def _impact(tmp_path: Path, *args: str) -> tuple[int, str, dict]:
    out = tmp_path / "impact.json"
    run = run_guidelint(
        "impact",
        "--json",
        out,
        "--html",
        tmp_path / "impact.html",
        "--cache-dir",
        tmp_path / "cache",
        *args,
        cwd=tmp_path,
    )
    assert "Traceback" not in run.stderr, run.stderr
    return run.exit_code, run.stdout + run.stderr, json.loads(out.read_text()) if out.exists() else {}


def _where(findings: list[dict]) -> list[tuple[str, str, int, bool]]:
    return [(f["rule"], f["path"], f["line"], f["blocking"]) for f in findings]


def test_deltas_per_repository_before_the_staged_date(tmp_path: Path, estate: Path) -> None:
    missing = tmp_path / "gone"
    code, out, doc = _impact(tmp_path, "--old", V1, "--new", V2, "--in-process", "--on", "2027-01-15", estate, missing)
    assert code == 2, out  # delta and the missing checkout were not checked
    repos = {Path(r["repo"]).name: r for r in doc["repositories"]}
    assert set(repos) == {"alpha", "beta", "gamma", "delta", "epsilon", "gone"}

    alpha = repos["alpha"]
    assert _where(alpha["added"]) == [("ACM102", "app/data.py", 5, True)]
    assert alpha["would_newly_fail"] and alpha["old"]["blocking"] == 0 and alpha["new"]["blocking"] == 1

    beta = repos["beta"]  # ACM201 now also matches ftp-legacy, high but staged until 2027-06-01
    assert _where(beta["added"]) == [("ACM201", "deploy.env", 2, False)]
    assert beta["added"][0]["blocks_from"] == "2027-06-01"
    assert beta["removed"] == beta["now_blocking"] == [] and not beta["would_newly_fail"]
    assert beta["staged"] == {"2027-06-01": 2}

    gamma = repos["gamma"]  # the waiver applies, as in the repository's CI
    assert gamma["status"] == "checked" and gamma["added"] == [] and not gamma["would_newly_fail"]
    epsilon = repos["epsilon"]  # and so does the baseline
    assert epsilon["status"] == "checked" and epsilon["added"] == [] and epsilon["new"]["findings"] == 0

    assert repos["delta"]["status"] == "not_checked"
    assert "invalid TOML" in repos["delta"]["not_checked"][0]
    assert repos["gone"]["status"] == "not_checked"
    assert repos["gone"]["not_checked"] == [f"{missing}: not checked: no such directory"]

    assert doc["format"] == "guidelint-impact/1"
    assert (doc["old"]["version"], doc["new"]["version"]) == ("1.2.0", "1.3.0")
    assert doc["summary"] == {
        "repositories": 6,
        "checked": 4,
        "not_checked": 2,
        "would_newly_fail": 1,
        "with_new_blocking": 1,
        "added": 2,
        "removed": 0,
        "now_blocking": 0,
        "no_longer_blocking": 0,
    }
    rules = {r["rule"]: r for r in doc["rules"]}
    assert rules["ACM102"]["pack_change"] == "added" and rules["ACM102"]["repositories_newly_failing"] == 1
    assert rules["ACM201"]["pack_change"] == "changed"
    assert (rules["ACM201"]["old_findings"], rules["ACM201"]["new_findings"]) == (1, 2)
    assert doc["silent_rules"] == ["ACM101", "ACM301"]
    assert doc["staged"] == [
        {
            "rule": "ACM201",
            "clause": "ACME-2",
            "blocks_from": "2027-06-01",
            "findings": 2,
            "repositories": 1,
            "repositories_then_failing": 1,
        }
    ]
    assert "builds that would newly fail: 1" in out
    assert "estate/alpha: 1 new blocking finding(s)" in out
    assert "app/data.py:5: ACM102 [high]" in out
    assert "not checked: 2 repositories" in out

    page = (tmp_path / "impact.html").read_text()
    assert page.count("<svg") == len(doc["clauses"]) == 3
    assert "estate/alpha" in page and "2027-06-01" in page
    assert "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "") and "https://" not in page


def test_after_the_staged_date_findings_are_now_blocking_and_the_flag_fails(tmp_path: Path, estate: Path) -> None:
    code, out, doc = _impact(
        tmp_path,
        "--old",
        V1,
        "--new",
        V2,
        "--in-process",
        "--on",
        "2027-07-01",
        "--fail-on-new-blocking",
        estate / "alpha",
        estate / "beta",
    )
    assert code == 1, out
    beta = next(r for r in doc["repositories"] if r["repo"].endswith("beta"))
    assert _where(beta["now_blocking"]) == [("ACM201", "deploy.env", 1, True)]  # medium before, high now
    assert _where(beta["added"]) == [("ACM201", "deploy.env", 2, True)]
    assert beta["would_newly_fail"] and doc["staged"] == []
    assert doc["summary"]["would_newly_fail"] == 2


def test_worker_processes_git_revisions_and_file_batches(tmp_path: Path, estate: Path) -> None:
    """Packs given as revisions of a pack repository; a repository list file; repositories split into
    batches of one file; a LocalCluster of two worker processes."""
    packs = tmp_path / "pack-repo"
    shutil.copytree(V1.parent, packs, ignore=shutil.ignore_patterns("__pycache__"))
    _commit_all(packs, "v1")
    shutil.rmtree(packs / "acme_csirt_pack")
    shutil.copytree(V2, packs / "acme_csirt_pack", ignore=shutil.ignore_patterns("__pycache__"))
    _commit_all(packs, "v2")
    listing = tmp_path / "repos.txt"
    listing.write_text("# the estate\nestate/alpha\nestate/beta\n")
    code, out, doc = _impact(
        tmp_path,
        "--old",
        f"git:{packs}@v1",
        "--new",
        f"git:{packs}@v2",
        "--workers",
        "2",
        "--batch-files",
        "1",
        "--on",
        "2027-01-15",
        listing,
    )
    assert code == 0, out
    assert "local Dask cluster (2 worker(s))" in out
    repos = {Path(r["repo"]).name: r for r in doc["repositories"]}
    assert _where(repos["alpha"]["added"]) == [("ACM102", "app/data.py", 5, True)]
    assert _where(repos["beta"]["added"]) == [("ACM201", "deploy.env", 2, False)]
    assert repos["beta"]["files"] == 2  # two batches of one file, merged
    assert doc["old"]["spec"] == f"git:{packs}@v1" and doc["new"]["version"] == "1.3.0"


def _commit_all(repo: Path, tag: str) -> None:
    if not (repo / ".git").exists():
        subprocess.run(["git", "init", "-q", str(repo)], check=True)
    subprocess.run(["git", "-C", str(repo), "add", "-A"], check=True)
    subprocess.run(
        ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", tag], check=True
    )
    subprocess.run(["git", "-C", str(repo), "tag", tag], check=True)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def dask_cluster(tmp_path: Path) -> Iterator[str]:
    """A real `dask scheduler` and one `dask worker` as subprocesses on 127.0.0.1, always torn down."""
    dask = str(Path(sys.executable).parent / "dask")
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    log = (tmp_path / "dask.log").open("w")
    procs = [
        subprocess.Popen(
            [dask, "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    ]
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert time.monotonic() < deadline, (tmp_path / "dask.log").read_text()
                time.sleep(0.2)
        procs.append(
            subprocess.Popen(
                [
                    dask,
                    "worker",
                    address,
                    "--nthreads",
                    "1",
                    "--nworkers",
                    "1",
                    "--no-dashboard",
                    "--host",
                    "127.0.0.1",
                ],
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        )
        yield address
    finally:
        for proc in reversed(procs):
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        log.close()


def test_existing_dask_scheduler_and_worker(tmp_path: Path, estate: Path, dask_cluster: str) -> None:
    code, out, doc = _impact(
        tmp_path, "--old", V1, "--new", V2, "--scheduler", dask_cluster, "--on", "2027-01-15", estate / "alpha"
    )
    assert code == 0, out
    assert f"Dask cluster at {dask_cluster} (1 worker(s))" in out
    assert _where(doc["repositories"][0]["added"]) == [("ACM102", "app/data.py", 5, True)]


def test_unreachable_scheduler_is_exit_2(tmp_path: Path, estate: Path) -> None:
    address = f"tcp://127.0.0.1:{_free_port()}"
    code, out, _ = _impact(tmp_path, "--old", V1, "--new", V2, "--scheduler", address, estate / "alpha")
    assert code == 2
    assert f"cannot reach the Dask scheduler at {address}" in out


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("git:/nonexistent@v1", "is not a directory"),
        ("acme-csirt==9.9", "no installed pack named acme-csirt"),
        ("not a pack!", "not `builtin`, a directory"),
    ],
)
def test_bad_pack_spec_is_exit_2_naming_it(tmp_path: Path, spec: str, message: str) -> None:
    code, out, _ = _impact(tmp_path, "--old", "builtin", "--new", spec, tmp_path)
    assert code == 2 and message in out


def test_the_rest_of_guidelint_never_imports_dask(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from guidelint.cli import main\n"
        "result = CliRunner().invoke(main, ['scan', '--no-cache', '.'])\n"
        "assert result.exit_code == 0, result.output\n"
        "loaded = [m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')]\n"
        "assert not loaded, loaded\n"
    )
    (tmp_path / "ok.py").write_text("import os\n")
    subprocess.run([sys.executable, "-c", code], cwd=tmp_path, check=True)


def test_without_the_extra_impact_says_how_to_install_it(tmp_path: Path) -> None:
    code = "import sys\nsys.modules['distributed'] = None\nfrom guidelint.cli import main\nmain()\n"
    proc = subprocess.run(
        [sys.executable, "-c", code, "impact", "--old", "builtin", "--new", "builtin", str(tmp_path)],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 2
    assert "pip install 'guidelint[cluster]'" in proc.stderr and "Traceback" not in proc.stderr


def test_example_report_is_what_the_readme_command_produces(tmp_path: Path) -> None:
    example = REPO / "examples" / "impact"
    out = tmp_path / "impact.json"
    run = run_guidelint(
        "impact", "--old", "../csirt-pack/acme_csirt_pack", "--new", "csirt-pack-v2/acme_csirt_pack", "estate",
        "--on", "2027-01-15", "--in-process", "--no-cache", "--json", out, cwd=example,
    )  # fmt: skip
    assert run.exit_code == 0, run.stderr
    assert json.loads(out.read_text()) == json.loads((example / "impact-report.json").read_text())


def test_the_spec_pack_takes_the_place_of_the_configured_one(tmp_path: Path) -> None:
    """A repository pinning 1.2.x by path is scanned with 1.3.0 (pin dropped), beside the built-in pack."""
    from guidelint.config import load_config
    from guidelint.impact.task import with_pack
    from guidelint.plan import make_plan

    (tmp_path / "guidelint.toml").write_text(f'packs = [{{path = "{V1.as_posix()}", version = ">=1.2,<1.3"}}]\n')
    config, extra = with_pack(load_config(tmp_path, allowed=[V1]), "acme-csirt", V2)
    packs = {p.name: p.version for p in make_plan(config, extra).packs}
    assert packs == {"guidelines": "1.0.0", "acme-csirt": "1.3.0"}


def test_a_task_that_crashes_on_a_worker_is_a_repository_not_checked(cli, tmp_path: Path, monkeypatch) -> None:
    from guidelint.impact import cluster

    def crash(*args: object) -> None:
        raise RuntimeError("worker lost its disk")

    monkeypatch.setattr(cluster, "scan_batch", crash)
    repo = _git_repo(tmp_path / "estate" / "alpha", {"app/data.py": SESSION})
    run = cli("impact", "--old", V1, "--new", V2, "--in-process", "--json", tmp_path / "r.json", repo, cwd=tmp_path)
    assert run.exit_code == 2
    (entry,) = json.loads((tmp_path / "r.json").read_text())["repositories"]
    assert entry["status"] == "not_checked"
    assert entry["not_checked"] == [
        f"{repo}: not checked: engine error on a Dask worker: RuntimeError: worker lost its disk"
    ]
    assert "estate/alpha:" in run.stdout and "worker lost its disk" in run.stdout
