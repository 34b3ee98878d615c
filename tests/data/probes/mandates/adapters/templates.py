"""Rendering research notes for distribution."""

from jinja2 import Environment, FileSystemLoader, Template

env = Environment(loader=FileSystemLoader("/srv/mandates/templates"), autoescape=True)


def render_note(text, **context):
    return Template(text).render(**context)


def render_named(name, **context):
    return env.get_template(name).render(**context)
