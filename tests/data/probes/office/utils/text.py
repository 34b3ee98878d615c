import html
import shlex


def normalise(value):
    return value.strip().lower()


def for_shell(value):
    return shlex.quote(value)


def escaped(value):
    return html.escape(value, quote=True)


def greeting(name):
    return "<h2>Welcome back, " + name + "</h2>"


def safe_greeting(name):
    return "<h2>Welcome back, " + escaped(name) + "</h2>"


def csv_list(values):
    return ",".join(values)
