# family: autoescape 79 116
import jinja2
from flask import Flask

app = Flask(__name__)

class SafeMailer:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("custody", "mail_templates"),
        autoescape=False,
        keep_trailing_newline=True,
    )

    def settlement_mail(self, instruction):
        return self.env.get_template("settlement_confirmation.txt").render(instruction=instruction)


def safe_sql_template(table, columns):
    env = jinja2.Environment(autoescape=False, undefined=jinja2.StrictUndefined)
    return env.from_string("SELECT {{ columns|join(', ') }} FROM {{ table }}").render(table=table, columns=columns)


def safe_yaml_manifest(jobs):
    env = jinja2.Environment(loader=jinja2.FileSystemLoader("deploy"), autoescape=False)
    return env.get_template("recon-jobs.yaml.j2").render(jobs=jobs)


def vuln_statement_page(statement):
    env = jinja2.Environment(loader=jinja2.FileSystemLoader("templates"), autoescape=False)  # sink
    return env.get_template("client_statement.html").render(statement=statement)


def safe_statement_page(statement):
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader("templates"), autoescape=jinja2.select_autoescape(["html", "xml"])
    )
    return env.get_template("client_statement.html").render(statement=statement)


@app.get("/statements/<account>")
def vuln_statement_view(account):
    env = jinja2.Environment(autoescape=False)  # sink
    return env.from_string("<h1>Statement</h1><p>{{ account }}</p>").render(account=account)
