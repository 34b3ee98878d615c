def notes_by_analyst(analyst):
    return "SELECT id, title FROM notes WHERE analyst = '%(a)s'" % {"a": analyst}


def notes_by_analyst_bound():
    return "SELECT id, title FROM notes WHERE analyst = %(a)s"
