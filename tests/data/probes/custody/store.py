class _Instructions(dict):
    pass


class _Holdings:
    def for_account(self, account):
        return []


instructions = _Instructions()
holdings = _Holdings()
