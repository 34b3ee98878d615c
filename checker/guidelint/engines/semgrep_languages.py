"""The languages of semgrep rules: which targets a rule applies to, and the file names semgrep recognises."""

from __future__ import annotations

from typing import Any

# semgrep language names -> the target languages (guidelint.files) they apply to
LANGUAGES: dict[str, set[str]] = {
    "javascript": {"javascript"},
    "js": {"javascript"},
    "typescript": {"typescript"},
    "ts": {"typescript"},
    "dockerfile": {"dockerfile"},
    "docker": {"dockerfile"},
    "yaml": {"yaml"},
    "json": {"json"},
    "bash": {"bash"},
    "sh": {"bash"},
    "terraform": {"terraform"},
    "hcl": {"terraform"},
    "go": {"go"},
    "java": {"java"},
    "template": {"template"},  # guidelint's own: template files, checked by semgrep's generic engine
}
GENERIC = {
    "template",
    "javascript",
    "typescript",
    "dockerfile",
    "yaml",
    "json",
    "bash",
    "terraform",
    "go",
    "java",
    "ini",
    "toml",
    "dotenv",
    "requirements",
}
# suffix that makes semgrep recognise a file of that language when its own name does not
SUFFIX = {
    "dockerfile": ".dockerfile",
    "bash": ".sh",
    "javascript": ".js",
    "typescript": ".ts",
    "yaml": ".yaml",
    "json": ".json",
    "terraform": ".tf",
    "go": ".go",
    "java": ".java",
    "template": ".template",
}
# names semgrep's command line passes over (minified bundles, type declarations): checked all the same when the
# scan gives them to semgrep (a policy that withholds the `generated` skip)
PASSED_OVER = (".min.js", ".d.ts")
RECOGNISED = {
    "template": (".template",),
    "javascript": (".js", ".jsx", ".mjs", ".cjs"),
    "typescript": (".ts", ".tsx"),
    "bash": (".sh", ".bash"),
    "yaml": (".yaml", ".yml"),
    "json": (".json",),
    "terraform": (".tf", ".hcl"),
    "go": (".go",),
    "java": (".java",),
}


def parsed_languages(rule: dict[str, Any]) -> set[str]:
    """The target languages a rule makes semgrep parse (generic and regex rules parse nothing)."""
    names = (str(lang).lower() for lang in rule.get("languages", []))
    return {target for name in names for target in LANGUAGES.get(name, set()) if name != "template"}


def rule_targets(rule: dict[str, Any]) -> set[str]:
    """The target languages a semgrep rule applies to."""
    out: set[str] = set()
    for lang in rule.get("languages", []):
        name = str(lang).lower()
        out |= GENERIC if name in ("generic", "regex", "none") else LANGUAGES.get(name, set())
    return out


def mirror_suffix(name: str, language: str) -> str:
    """What to append to a target's file name so that semgrep takes it for its language ("" when it does)."""
    lowered = name.lower()
    if language == "dockerfile":
        return "" if lowered == "dockerfile" or lowered.endswith(".dockerfile") else SUFFIX["dockerfile"]
    if name.endswith(PASSED_OVER) and language in SUFFIX:  # semgrep's CLI passes over these by their names
        return SUFFIX[language]
    if language in RECOGNISED and not lowered.endswith(RECOGNISED[language]):
        return SUFFIX[language]
    return ""


def as_generic(body: dict[str, Any]) -> dict[str, Any]:
    """A rule for `languages: [template]` is a generic rule over the template files (mirrored as *.template)."""
    if [str(lang).lower() for lang in body.get("languages", [])] == ["template"]:
        body["languages"] = ["generic"]
        body["paths"] = {"include": ["*" + SUFFIX["template"]]}
    return body
