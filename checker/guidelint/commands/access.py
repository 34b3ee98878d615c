"""What the invoking side lets a repository's configuration reach, as options every command that reads one
takes (`scan`, `fix`, `suppressions`, `baseline`, `rules list/show`, `explain`, `impact`)."""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

if TYPE_CHECKING:
    from guidelint.config import Config
    from guidelint.policy import Policy

F = TypeVar("F", bound=Callable[..., Any])


@dataclass(frozen=True)
class Access:
    """The CSIRT policy file, the folders outside the repository its configuration may name, and whether it
    may load pack code of its own: all the invoking side's choices (the command line, the policy)."""

    policy_file: Path | None = None
    config_paths: tuple[Path, ...] = ()
    repo_packs: bool = False

    def policy(self) -> Policy:
        from guidelint.policy import load_policy

        return load_policy(self.policy_file)  # from the invoking side, before the scanned tree is read

    def granted(self, policy: Policy) -> tuple[tuple[Path, ...], bool]:
        """(folders the configuration may read outside the repository, packs inside it allowed)."""
        folders = tuple(p.resolve() for p in (*self.config_paths, *policy.allow_config_paths))
        return folders, self.repo_packs or policy.allow_repo_packs

    def config(self, policy: Policy, start: Path, explicit: Path | None = None) -> Config:
        """The repository's configuration for `start`, read within what is granted."""
        from guidelint.config import load_config
        from guidelint.policy import ENV

        folders, repo_packs = self.granted(policy)
        config = load_config(start, explicit, folders, repo_packs)
        if self.policy_file is not None or os.environ.get(ENV):  # not one an installed pack ships
            _refuse_a_policy_of_the_repository(policy, config)
        return config


def _refuse_a_policy_of_the_repository(policy: Policy, config: Config) -> None:
    """A policy file git tracks in the scanned repository is the pull request's to change (`--policy
    .github/policy.toml` in the job): the floor it sets would be no floor. A copy the job wrote there from
    the base branch is not tracked, and is used."""
    from guidelint.cache import tracked_by_git
    from guidelint.config import ConfigError

    path = Path(policy.source).resolve()
    if path.is_relative_to(config.report_root.resolve()) and tracked_by_git(path):
        raise ConfigError(
            f"policy {policy.source}: a file of the scanned repository, which the change being checked can"
            " edit; pass the policy from the base branch or the CI side (docs/security-model.md)"
        )


def access_options(func: F) -> F:
    """--policy, --allow-repo-packs and --allow-config-path, passed on as `access`."""
    options = [
        click.option(
            "--policy",
            "policy_file",
            type=click.Path(path_type=Path, dir_okay=False),
            help="CSIRT policy file: the floor the repository's configuration cannot go below ($GUIDELINT_POLICY).",
        ),
        click.option(
            "--allow-repo-packs",
            is_flag=True,
            help="Let the repository's configuration load packs from the repository (their code runs).",
        ),
        click.option(
            "--allow-config-path",
            "allow_config_paths",
            multiple=True,
            type=click.Path(path_type=Path),
            help="A folder outside the repository its configuration may name (extends, waivers, packs).",
        ),
    ]

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        kwargs["access"] = Access(
            kwargs.pop("policy_file"), tuple(kwargs.pop("allow_config_paths")), kwargs.pop("allow_repo_packs")
        )
        return func(*args, **kwargs)

    for option in reversed(options):
        wrapper = option(wrapper)
    return wrapper  # type: ignore[return-value]
