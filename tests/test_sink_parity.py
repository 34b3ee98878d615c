"""Every call shape a pattern rule warns about is a sink of the dataflow rule that blocks.

INP103/INP104 (shell), INP105 (eval/exec/compile), INP108 (SQL formatting) and INP109 (template source) warn
(medium) on any value that is not a constant; request data proven to reach the same call blocks through
INP401, INP403, INP402 and INP410 (critical). That only holds if the dataflow knows each shape the pattern
rule knows: the callees and their aliases, the argument positions and keywords, methods of objects made
inline, and a function handed to a runner (`functools.partial(exec, src)`, `map(eval, terms)`,
`pool.submit(eval, src)`, `loop.run_in_executor(None, exec, src)`), which runs it on what follows it.

Each family is one handler: a request value `x` reaches every shape, one per line, and the dataflow rule is
reported at each of those lines. Its twins give `x` a constant, or a value an allow-list check admitted:
no dataflow finding at all.
"""

from __future__ import annotations

import json

import pytest

SHELL = (
    "import asyncio\nimport os\nimport pty\nimport subprocess\nfrom subprocess import getoutput as output_of\n"
    "from airflow.operators.bash import BashOperator\n",
    [
        "subprocess.run(x, shell=True)",
        'subprocess.call("ls " + x, shell=True)',
        "subprocess.check_call(x, shell=True)",
        "subprocess.check_output(x, shell=True)",
        "subprocess.Popen(args=x, shell=True)",
        "await asyncio.create_subprocess_shell(x)",
        "await asyncio.subprocess.create_subprocess_shell(x)",
        'await asyncio.create_subprocess_exec("sh", "-c", x)',
        "await loop.subprocess_shell(factory, x)",
        'await loop.subprocess_exec(factory, "/bin/sh", "-c", x)',
        'subprocess.run(["bash", "-lc", "make " + x], check=True)',
        "os.system(x)",
        "os.popen(x)",
        "os.popen2(x)",
        "subprocess.getoutput(x)",
        "subprocess.getstatusoutput(x)",
        "output_of(x)",
        'os.execl("/bin/sh", "sh", "-c", x)',
        'os.spawnl(os.P_WAIT, "/bin/sh", "sh", "-c", x)',
        'os.execv("/bin/sh", ["sh", "-c", x])',
        'pty.spawn(["sh", "-c", x])',
        'BashOperator(task_id="report", bash_command=x)',
        "shell(x)",  # shell = os.system at module level
        "pool.submit(os.system, x)",
    ],
    "shell = os.system\n",
)

CODE = (
    "import builtins\nimport code\nimport functools\nimport test.support\nfrom builtins import exec as run_code\n",
    [
        "eval(x)",
        "builtins.exec(x)",
        "run_code(x)",
        "run(x)",  # run = exec at module level
        'compile(x, "<x>", "exec")',
        "code.InteractiveConsole().push(x)",
        "code.InteractiveInterpreter().runsource(x)",
        "code.compile_command(source=x)",
        "test.support.run_in_subinterp(x)",
        "functools.partial(exec, x)",
        'list(map(eval, [x, "1"]))',
        "pool.submit(eval, x)",
        "await loop.run_in_executor(None, exec, x)",
        "threading.Thread(target=exec, args=(x,))",
    ],
    "import threading\nrun = exec\n",
)

SQL = (
    "import pandas\nimport sqlalchemy\nfrom django.db.models.expressions import RawSQL\n",
    [
        "cursor.execute(\"SELECT * FROM t WHERE a = '%s'\" % x)",
        "cursor.executemany(f\"INSERT INTO t VALUES ('{x}')\", [])",
        "cursor.executescript(f\"DELETE FROM t WHERE a = '{x}'\")",
        'connection.exec_driver_sql(f"SELECT {x}")',
        'cursor.mogrify("SELECT " + x)',
        'Note.objects.raw(f"SELECT * FROM note WHERE a = {x}")',
        'pandas.read_sql(f"SELECT {x}", connection)',
        'frame.read_sql_query(f"SELECT {x}", connection)',
        'sqlalchemy.text(f"SELECT {x}")',
        'sqlalchemy.DDL(f"DROP TABLE {x}")',
        'sqlalchemy.literal_column(f"a + {x}")',
        'RawSQL(f"SELECT {x}", [])',
        'Note.objects.extra(where=[f"a = {x}"])',
    ],
    "",
)

TEMPLATE = (
    "import flask.templating\nimport jinja2\nfrom django.template import Engine, engines\n"
    "from django.template import Template as DjangoTemplate\nfrom flask import render_template_string\n"
    "from jinja2 import Environment\nfrom mako.template import Template\n",
    [
        "render_template_string(x)",
        "flask.templating.render_template_string(x)",
        "jinja2.Template(x, autoescape=True)",
        "DjangoTemplate(template_string=x)",
        "Template(text=x)",
        "env.from_string(x)",
        "Environment(autoescape=True).from_string(x)",
        'engines["django"].from_string(x)',
        "Engine().from_string(x)",
    ],
    "env = Environment(autoescape=True)\n",
)

FAMILIES = {"INP401": SHELL, "INP403": CODE, "INP402": SQL, "INP410": TEMPLATE}

# the request value, as each framework hands it over
# the objects the shapes call methods of, made elsewhere in the project
OBJECTS = "from app.resources import Note, connection, cursor, factory, frame, loop, pool\n"
FLASK = (
    "from flask import Flask, request\nfrom flask_login import login_required\n"
    + OBJECTS
    + "\napp = Flask(__name__)\n",
    '@app.route("/run")\n@login_required\nasync def handler():\n',
    'request.args["x"]',
)
DJANGO = (
    "from django.contrib.auth.decorators import login_required\nfrom django.urls import path\n" + OBJECTS,
    "@login_required\nasync def handler(request):\n",
    'request.GET["x"]',
)


def _module(family: str, framework: tuple[str, str, str], value: str, check: bool = False) -> tuple[str, list[int]]:
    """The handler module and the lines of its shapes."""
    imports, shapes, module_level = FAMILIES[family]
    head, signature, _ = framework
    lines = (imports + head + module_level + "\n\n" + signature).splitlines()
    lines.append(f"    x = {value}")
    if check:
        lines += ['    if x not in ("daily", "weekly"):', '        return ""']
    expected = []
    for shape in shapes:
        lines.append(f"    {shape}")
        expected.append(len(lines))
    lines.append('    return ""')
    if framework is DJANGO:  # a view because the URLconf routes to it
        lines += ["", "", 'urlpatterns = [path("run", handler)]']
    return "\n".join(lines) + "\n", expected


def _dataflow(stdout: str) -> list[tuple[str, int]]:
    findings = json.loads(stdout)["findings"]
    return [(f["rule"], f["start"]["line"]) for f in findings if f["rule"].startswith("INP4")]


@pytest.mark.parametrize("framework", [FLASK, DJANGO], ids=["flask", "django"])
@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_request_data_reaching_each_shape_is_a_dataflow_finding(cli, project, family, framework) -> None:
    source, lines = _module(family, framework, framework[2])
    root = project({"views.py": source})
    run = cli("scan", "views.py", "-f", "json", cwd=root)
    assert run.exit_code == 1
    found = [(rule, line) for rule, line in _dataflow(run.stdout) if rule == family]
    shapes = source.splitlines()
    missing = [shapes[line - 1].strip() for line in lines if (family, line) not in found]
    assert missing == []
    assert found == [(family, line) for line in lines]


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_a_constant_or_a_checked_value_reaches_no_dataflow_rule(cli, project, family) -> None:
    constant, _ = _module(family, FLASK, '"daily"')
    checked, _ = _module(family, FLASK, FLASK[2], check=True)
    root = project({"constant.py": constant, "checked.py": checked})
    for name in ("constant.py", "checked.py"):
        run = cli("scan", name, "-f", "json", cwd=root)
        assert run.exit_code == 0, name
        assert _dataflow(run.stdout) == [], name


LENT = """
from flask import Flask, request
from flask_login import login_required

app = Flask(__name__)


def call_with(run, text):
    return run(text)


@app.route("/run")
@login_required
def handler():
    call_with(exec, request.args["x"])
    return call_with(len, request.args["y"])
"""


def test_a_function_of_the_module_given_exec_and_request_data_runs_it(cli, project) -> None:
    root = project({"views.py": LENT})
    run = cli("scan", "views.py", "-f", "json", cwd=root)
    assert run.exit_code == 1
    # reported where the helper calls what it was given, as for any helper of the module; INP105 warns
    # at the call that hands exec over
    assert _dataflow(run.stdout) == [("INP403", 8)]
