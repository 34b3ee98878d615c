# family: ssti 1336 94
import jinja2
from ariadne import MutationType

mutation = MutationType()
PAGES = jinja2.Environment(loader=jinja2.FileSystemLoader("/srv/disclosure/templates"), autoescape=True)


@mutation.field("previewNotice")
def vuln_preview_notice(_, info, template, issuer):
    return jinja2.Template(template).render(issuer=issuer)  # sink


@mutation.field("previewNoticeSafe")
def safe_preview_notice(_, info, template, issuer):
    return PAGES.get_template("notice.txt").render(issuer=issuer, note=template)  # sink
