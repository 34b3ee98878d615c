# family: perms 732 276
"""Files the exports write on the shared volume."""

import os
import stat


def safe_share_with_group(path: str) -> None:
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP)


def safe_export_dir(path: str) -> None:
    os.makedirs(path, mode=0o750, exist_ok=True)


def vuln_share_with_everyone(path: str) -> None:
    os.chmod(path, 0o777)  # sink
