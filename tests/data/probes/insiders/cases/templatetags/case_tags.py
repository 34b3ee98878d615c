# family: xss 79 80
from django import template
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe

register = template.Library()


@register.simple_tag
def vuln_status_badge(label):
    return mark_safe(f"<span class='status'>{label}</span>")  # sink


@register.simple_tag
def safe_status_badge(label):
    return format_html("<span class='status'>{}</span>", label)


@register.filter
def vuln_highlight(value, term):
    return mark_safe(value.replace(term, f"<mark>{term}</mark>"))  # sink


@register.filter(needs_autoescape=True)
def safe_highlight(value, term, autoescape=True):
    esc = conditional_escape if autoescape else (lambda text: text)
    value, term = esc(value), esc(term)
    return mark_safe(value.replace(term, f"<mark>{term}</mark>"))


@register.filter(is_safe=True)
def safe_initials(value):
    return "".join(part[:1].upper() for part in str(value).split())


@register.simple_tag(takes_context=True)
def vuln_search_echo(context):
    request = context["request"]
    return mark_safe("Results for <em>%s</em>" % request.GET.get("q", ""))  # sink


@register.simple_tag(takes_context=True)
def safe_search_echo(context):
    request = context["request"]
    return format_html("Results for <em>{}</em>", request.GET.get("q", ""))


@register.filter
def vuln_first_letter(name):
    return mark_safe("<strong>%s</strong>%s" % (name[:1], name[1:]))  # sink


@register.filter(needs_autoescape=True)
def safe_first_letter(name, autoescape=True):
    if autoescape:
        esc = conditional_escape
    else:
        esc = lambda text: text  # noqa: E731 (the template switched autoescaping off)
    return mark_safe("<strong>%s</strong>%s" % (esc(name[:1]), esc(name[1:])))
