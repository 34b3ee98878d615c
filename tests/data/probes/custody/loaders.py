import yaml


class InstructionLoader(yaml.SafeLoader):
    """Settlement instructions with an !isin tag."""


def _isin(loader, node):
    return loader.construct_scalar(node).upper()


InstructionLoader.add_constructor("!isin", _isin)
