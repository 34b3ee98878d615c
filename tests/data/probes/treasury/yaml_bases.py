"""Loader classes of the treasury's configuration files."""
import yaml


class TreasuryBaseLoader(yaml.SafeLoader):
    """Safe loading with the treasury's own tags."""


class ImportLoader(yaml.FullLoader):
    """The old import format used Python tags."""


StrictLoader = yaml.SafeLoader
