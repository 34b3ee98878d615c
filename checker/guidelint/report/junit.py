"""JUnit XML: one test case per finding (blocking ones fail), per file not checked (error), or one
passing case when there is nothing to report. Characters XML 1.0 cannot hold (a control character in a
file name or a line of code the repository committed) are written as their escapes (`\x1b`): one would
make the whole report unreadable to the CI's parser."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from guidelint.result import ScanResult

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def render(result: ScanResult, color: bool = False) -> str:
    suite = ET.Element("testsuite", name="guidelint")
    failures = errors = skipped = 0
    for finding in result.findings:
        meta = finding.rule
        case = ET.SubElement(
            suite,
            "testcase",
            classname=f"guidelint.{meta.id}",
            name=f"{meta.id} {finding.path}:{finding.line}",
            file=finding.path,
            line=str(finding.line),
        )
        detail = (
            f"{finding.path}:{finding.line}:{finding.column}: {meta.id} [{meta.severity.label}] {finding.text}\n"
            f"clause {meta.clause}: {meta.title}\nfix: {meta.remediation}\n\n{finding.snippet}\n"
        )
        if finding.suppressed:
            skipped += 1
            assert finding.suppression is not None
            ET.SubElement(case, "skipped", message=f"{finding.suppression.kind}: {finding.suppression.reason}")
        elif finding.blocking:
            failures += 1
            ET.SubElement(case, "failure", type=meta.id, message=finding.text).text = detail
        else:
            ET.SubElement(case, "system-out").text = "warning (not blocking)\n" + detail
    for problem in result.problems:
        errors += 1
        case = ET.SubElement(suite, "testcase", classname="guidelint.not-checked", name=str(problem.what))
        ET.SubElement(case, "error", type="not-checked", message=problem.reason).text = str(problem)
    if not len(suite):
        ET.SubElement(suite, "testcase", classname="guidelint", name=f"{result.files} files checked")
    suite.set("tests", str(len(suite)))
    suite.set("failures", str(failures))
    suite.set("errors", str(errors))
    suite.set("skipped", str(skipped))
    root = ET.Element(
        "testsuites",
        name="guidelint",
        tests=suite.get("tests", "0"),
        failures=str(failures),
        errors=str(errors),
    )
    root.append(suite)
    ET.indent(root)
    body = _NOT_XML.sub(lambda match: ascii(match.group())[1:-1], ET.tostring(root, encoding="unicode"))
    return '<?xml version="1.0" encoding="utf-8"?>\n' + body + "\n"
