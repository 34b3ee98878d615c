"""Pack version checks without `packaging` where PEP 440 makes them plain number comparisons.

Every scan checks each pack's `version` and its `requires-guidelint` against guidelint's own version, and
importing `packaging` for that took 5-15 ms of a commit's check. A version that is only a release number
(`1.2.0`) is a valid version, and PEP 440 orders two such versions as their numbers padded with zeros
(`1.2` == `1.2.0`); a requirement made only of `>=`, `<=`, `<`, `>`, `==` and `!=` comparisons with release
numbers is decided by those comparisons alone (the pre-, post-release and local-version exceptions of `<`,
`>` and `==` concern candidates that are not plain release numbers). Anything else (`~=`, wildcards,
pre-releases, a `v` prefix...) is `packaging`'s to decide.
"""

from __future__ import annotations

import re

_RELEASE = re.compile(r"[0-9]+(?:\.[0-9]+)*")
_CLAUSE = re.compile(r"(>=|<=|==|!=|<|>)\s*([0-9]+(?:\.[0-9]+)*)")


def _number(release: str) -> tuple[int, ...]:
    parts = [int(p) for p in release.split(".")]
    while len(parts) > 1 and parts[-1] == 0:
        parts.pop()
    return tuple(parts)


def valid(version: str) -> bool:
    """Whether `version` is a valid PEP 440 version."""
    if _RELEASE.fullmatch(version):
        return True
    from packaging.version import InvalidVersion, Version

    try:
        Version(version)
    except InvalidVersion:
        return False
    return True


def satisfies(version: str, requirement: str) -> bool:
    """Whether `version` meets `requirement` (pre-releases allowed); ValueError when the requirement is not
    a valid version specifier set."""
    quick = _plain(version, requirement)
    if quick is not None:
        return quick
    from packaging.specifiers import InvalidSpecifier, SpecifierSet

    try:
        wanted = SpecifierSet(requirement)
    except InvalidSpecifier:
        raise ValueError(f"not a version requirement: {requirement!r}") from None
    return wanted.contains(version, prereleases=True)


def _plain(version: str, requirement: str) -> bool | None:
    """The answer when `version` is a release number and `requirement` only compares with release numbers;
    None otherwise."""
    if not _RELEASE.fullmatch(version):
        return None
    clauses = [c.strip() for c in requirement.split(",")]
    if not clauses or not all(clauses):
        return None
    have = _number(version)
    answer = True
    for clause in clauses:
        found = _CLAUSE.fullmatch(clause)
        if found is None:
            return None
        op, want = found.group(1), _number(found.group(2))
        answer = (
            answer
            and {
                ">=": have >= want,
                "<=": have <= want,
                ">": have > want,
                "<": have < want,
                "==": have == want,
                "!=": have != want,
            }[op]
        )
    return answer
