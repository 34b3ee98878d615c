import os
from pathlib import Path

PUBLIC_KEYS = {path.stem: path.read_text() for path in Path(os.environ.get("CUSTODY_JWKS", "/etc/custody/jwks")).glob("*.pem")}
