# family: cmd 78
"""nox sessions: tests against each Python, lint, docs, the release build."""

import nox

PYTHONS = ["3.10", "3.11", "3.12", "3.13"]


@nox.session(python=PYTHONS)
def safe_tests(session: nox.Session) -> None:
    session.install("-e", ".[test]")
    session.run("pytest", "-q", "--cov=quotesdk", *session.posargs)


@nox.session
def safe_docs(session: nox.Session) -> None:
    session.install("-e", ".[docs]")
    session.run("sphinx-build", "-W", "-b", "html", "docs", "docs/_build/html")
