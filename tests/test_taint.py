"""The dataflow engine: flows through the language, across functions of a module, pruning, sanitizers,
and the flow shown in reports."""

from __future__ import annotations

import json
import textwrap

import pytest
from guidelint.engines.taint.engine import check_source
from guidelint.pack import builtin_pack_dir, load_pack

from tests.conftest import run_guidelint

PACK = load_pack(builtin_pack_dir())
RULES = [r.impl for r in PACK.rules if r.engine == "taint"]

HEAD = "import os, subprocess, sqlite3\nfrom flask import Flask, request\napp = Flask(__name__)\n"


def findings(code: str) -> list[tuple[str, int]]:
    text = HEAD + textwrap.dedent(code)
    hits, problems = check_source("t.py", text, RULES, PACK.models)
    assert not problems
    offset = HEAD.count("\n")
    return sorted((h.rule, h.line - offset) for h in hits)


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        # propagation: assignment chains, augmented assignment, f-strings, %, format, join, containers
        ("x = request.args['q']\ny = x\ny += '!'\nos.system(y)\n", [("INP401", 4)]),
        ("os.system('ls %s' % request.form['d'])\n", [("INP401", 1)]),
        ("os.system('ls {}'.format(request.form['d']))\n", [("INP401", 1)]),
        ("parts = ['ls', request.args['d']]\nos.system(' '.join(parts))\n", [("INP401", 2)]),
        ("d = {'cmd': request.args['c'], 'safe': 'ls'}\nos.system(d['safe'])\nos.system(d['cmd'])\n", [("INP401", 3)]),
        ("cmds = [c for c in request.args.getlist('c')]\nos.system(cmds[0])\n", [("INP401", 2)]),
        ("with open(request.args['f']) as fh:\n    pass\n", [("INP404", 1)]),
        # dead branches and constants
        ("x = request.args['q']\nif False:\n    os.system(x)\n", []),
        ("DEBUG = 0\nx = request.args['q']\nif DEBUG + 1 > 5:\n    os.system(x)\n", []),
        ("x = request.args['q']\ny = x if 2 > 3 else 'ls'\nos.system(y)\n", []),
        ("x = request.args['q']\nwhile 1 < 0:\n    os.system(x)\n", []),
        # overwritten with a constant
        ("x = request.args['q']\nx = 'ls -l'\nos.system(x)\n", []),
        # sanitizers and guards
        ("x = int(request.args['n'])\nos.system(f'seq {x}')\n", []),
        ("os.system('seq %d' % request.args['n'])\n", []),  # %d: a number or a TypeError, never text
        ("import shlex\nos.system('ls ' + shlex.quote(request.args['d']))\n", []),
        # a sanitizer named by a method (`.filter`) or by the chain a callee ends with (`.objects.get`);
        # `.get` alone is a dict's, not a model manager's
        ("rows = Trade.objects.filter(name=request.args['n'])\nos.system(rows)\n", []),
        ("row = Trade.objects.get(name=request.args['n'])\nos.system(row)\n", []),
        ("row = request.args.get('n')\nos.system(row)\n", [("INP401", 2)]),
        ("x = request.args['q']\nif x not in {'a', 'b'}:\n    raise ValueError('bad')\nos.system(x)\n", []),
        ("x = request.args['q']\nif x in ('a', 'b'):\n    os.system(x)\nos.system(x)\n", [("INP401", 4)]),
        ("x = request.args['q']\nif not x.isalnum():\n    return_value = None\nelse:\n    os.system(x)\n", []),
        # parameterised SQL is not injection
        ("db = sqlite3.connect('x')\ndb.execute('SELECT * FROM t WHERE a = ?', (request.args['a'],))\n", []),
        # a method of an instance a known class made, whatever the variable is called
        ("from urllib.request import URLopener\nod = URLopener()\nod.open(request.args['u'])\n", [("INP405", 3)]),
        ("from urllib.request import URLopener\nURLopener().retrieve(request.args['u'])\n", [("INP405", 2)]),
        # request.method is not attacker data
        ("os.system('echo ' + request.method)\n", []),
        # the state at a `break` is the state after the loop
        (
            "cmd = 'ls'\nfor name in request.args.getlist('n'):\n    if name.endswith('x'):\n"
            "        cmd = name\n        break\nos.system(cmd)\n",
            [("INP401", 6)],
        ),
        ("cmd = 'ls'\nfor n in range(3):\n    if n > 1:\n        break\nos.system(cmd)\n", []),
        # a check inside `try` whose handler returns holds after the `try`
        (
            "x = request.args['q']\ntry:\n    if x not in {'a', 'b'}:\n        raise ValueError(x)\n"
            "except ValueError:\n    pass\nos.system(x)\n",
            [("INP401", 7)],
        ),
        (
            "def run():\n    x = request.args['q']\n    try:\n        if x not in {'a', 'b'}:\n"
            "            raise ValueError(x)\n    except ValueError:\n        return 'bad'\n    os.system(x)\n",
            [],
        ),
        # a check of a value made from another checks that one too
        (
            "from urllib.parse import urlparse\nfrom flask import redirect\nnext_url = request.args['next']\n"
            "parts = urlparse(next_url)\nif parts.netloc not in {'example.com'}:\n    raise ValueError('host')\n"
            "redirect(next_url)\n",
            [],
        ),
        (
            "from urllib.parse import urlparse\nfrom flask import redirect\nnext_url = request.args['next']\n"
            "parts = urlparse(next_url)\nif parts.scheme != 'https':\n    print('plain')\nredirect(next_url)\n",
            [("INP406", 7)],
        ),
        # a match on a constant runs the one case that matches it; `case _` takes whatever is left
        (
            "MODE = 'safe'\nx = request.args['q']\nmatch MODE:\n    case 'safe':\n        x = 'ls'\n"
            "    case _:\n        pass\nos.system(x)\n",
            [],
        ),
        (
            "MODE = 'raw'\nx = request.args['q']\nmatch MODE:\n    case 'safe':\n        x = 'ls'\n"
            "    case _:\n        pass\nos.system(x)\n",
            [("INP401", 8)],
        ),
        (
            "x = request.args['q']\nmatch x:\n    case 'a':\n        x = 'ls'\n    case _:\n        x = 'pwd'\n"
            "os.system(x)\n",
            [],
        ),
    ],
)
def test_flows(code: str, expected: list[tuple[str, int]]) -> None:
    assert findings(code) == expected


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        # a value stored under a constant key is read back under that key, not another
        (
            "import configparser\ncfg = configparser.ConfigParser()\ncfg.set('s', 'doc', request.args['d'])\n"
            "os.system(cfg.get('s', 'doc'))\n",
            [("INP401", 4)],
        ),
        (
            "import configparser\ncfg = configparser.ConfigParser()\ncfg.set('s', 'doc', request.args['d'])\n"
            "cfg.set('s', 'cmd', 'ls')\nos.system(cfg.get('s', 'cmd'))\n",
            [],
        ),
        ("d = {}\nd.setdefault('k', request.args['d'])\nos.system(d['k'])\n", [("INP401", 3)]),
        ("d = {'k': 'ls'}\nv = d.setdefault('k', request.args['d'])\nos.system(v)\n", []),
        # an in-memory buffer holds what was written to it
        ("import io\nbuf = io.StringIO()\nbuf.write(request.args['d'])\nos.system(buf.getvalue())\n", [("INP401", 4)]),
        # list elements by constant index, append and pop() in order
        ("os.system([request.args['d'], 'ls'][1])\n", []),
        ("os.system([request.args['d'], 'ls'][0])\n", [("INP401", 1)]),
        ("parts = [request.args['d'], 'ls']\nos.system(parts[1])\n", []),
        ("parts = ['ls']\nparts.append(request.args['d'])\nparts.append('pwd')\nos.system(parts.pop())\n", []),
        (
            "parts = ['ls']\nparts.append('pwd')\nparts.append(request.args['d'])\nos.system(parts.pop())\n",
            [("INP401", 4)],
        ),
        ("parts = ['ls']\nparts.insert(1, request.args['d'])\nos.system(parts.pop())\n", [("INP401", 3)]),
        # insert() before an entry moves it up: the last one is still 'ls'
        ("parts = ['ls']\nparts.insert(0, request.args['d'])\nos.system(parts.pop())\n", []),
        ("parts = ['ls', request.args['d']]\nos.system(parts[-1])\n", [("INP401", 2)]),
        ("parts = ['ls', 'pwd', request.args['d']]\nos.system(parts[-2])\nos.system(' '.join(parts[:2]))\n", []),
        ("parts = ['ls', request.args['d'], 'pwd']\nos.system(' '.join(parts[:2]))\n", [("INP401", 2)]),
        ("q = deque(['ls'])\nq.appendleft(request.args['d'])\nos.system(q.popleft())\n", [("INP401", 3)]),
        ("q = deque(['ls'])\nq.append(request.args['d'])\nos.system(q.popleft())\n", []),
        ("q = [request.args['d'], 'ls']\nq.pop(0)\nos.system(q.pop(0))\n", []),
        (
            "parts = ['ls']\nparts.extend(request.args.getlist('d'))\nos.system(parts[0])\nos.system(parts[1])\n",
            [("INP401", 4)],
        ),
        ("*rest, last = ['ls', 'pwd', request.args['d']]\nos.system(' '.join(rest))\n", []),
        ("first, *rest = ['ls', request.args['d']]\nos.system(' '.join(rest))\nos.system(first)\n", [("INP401", 2)]),
        # Counter's (item, count) pairs: the item is the client's text, the count a number
        ("name, n = Counter(request.args.getlist('d')).most_common(1)[0]\nos.system(name)\n", [("INP401", 2)]),
        ("name, n = Counter(request.args.getlist('d')).most_common(1)[0]\nos.system('echo ' + str(n))\n", []),
        ("for name, n in Counter(request.args.getlist('d')).most_common():\n os.system(f'echo {n}')\n", []),
        (
            "for name, n in Counter(request.args.getlist('d')).most_common():\n os.system(f'echo {name}')\n",
            [("INP401", 2)],
        ),
        # the item at a variable index that passed a check is that item, until the list or the index changes
        (
            "names = request.args.getlist('d')\nfor i in range(len(names)):\n if names[i] in CMDS:\n  os.system(names[i])\n",
            [],
        ),
        (
            "names = request.args.getlist('d')\ni = 0\nif names[i] in CMDS:\n i += 1\n os.system(names[i])\n",
            [("INP401", 5)],
        ),
        ("names = request.args.getlist('d')\ni = j = 0\nif names[i] in CMDS:\n os.system(names[j])\n", [("INP401", 4)]),
        (
            "names = request.args.getlist('d')\ni = 0\nif names[i] in CMDS:\n names = request.args.getlist('e')\n"
            " os.system(names[i])\n",
            [("INP401", 5)],
        ),
        ("names = request.args.getlist('d')\ni = 0\nif names[i] not in CMDS:\n os.system(names[i])\n", [("INP401", 4)]),
    ],
)
def test_values_in_objects_and_collections(code: str, expected: list[tuple[str, int]]) -> None:
    assert findings(code) == expected


def test_a_scheme_check_says_nothing_of_the_host() -> None:
    code = (
        "import requests\nfrom urllib.parse import urlparse\n@app.get('/')\ndef view():\n"
        "    url = request.args['u']\n    if urlparse(url).scheme != 'https':\n        return ''\n"
        "    return requests.get(url).text\n"
    )
    assert any(line == 8 for _, line in findings(code))
    assert not findings(code.replace(".scheme != 'https'", ".hostname not in ('a.example',)"))


@pytest.mark.parametrize(
    ("prefix", "expected"),
    [
        # a prefix that names no host, or does not end the host with "/", lets any host through
        ("'http'", [("INP405", 7)]),
        ("'https://'", [("INP405", 7)]),
        ("('https://', 'http://')", [("INP405", 7)]),
        ("'https://api.example'", [("INP405", 7)]),
        ("('https://api.example/', 'http')", [("INP405", 7)]),
        # ... one that ends the host with "/" fixes it, and one of another scheme is no web URL to a host
        ("'https://api.example/'", []),
        ("'ppa:'", []),
        ("('https://api.example/v1/', 'https://backup.example/')", []),
    ],
)
def test_a_prefix_check_fixes_the_host_only_when_it_names_one(prefix: str, expected: list[tuple[str, int]]) -> None:
    code = (
        "import requests\n@app.get('/')\ndef view():\n    url = request.args['u']\n"
        f"    if not url.startswith({prefix}):\n        return ''\n    return requests.get(url, timeout=5).text\n"
    )
    assert findings(code) == expected


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        # a helper of the module whose tests end the request: its tests hold at the call where they fail
        (
            "def _refuse(name):\n    if '/' in name or '..' in name:\n        raise ValueError(name)\n"
            "@app.get('/')\ndef view():\n    n = request.args['n']\n    _refuse(n)\n    open('/srv/' + n)\n",
            [],
        ),
        (
            "def _warn(name):\n    if '/' in name or '..' in name:\n        print(name)\n        return\n"
            "@app.get('/')\ndef view():\n    n = request.args['n']\n    _warn(n)\n    open('/srv/' + n)\n",
            [("INP404", 9)],
        ),
        # a name keeping a test's truth: `if not ok:` tests what it kept, while the names it read are unchanged
        (
            "@app.get('/')\ndef view():\n    t = request.args['t']\n    ok = t in ('ls', 'pwd')\n"
            "    if not ok:\n        return ''\n    os.system(t)\n",
            [],
        ),
        (
            "@app.get('/')\ndef view():\n    t = request.args['t']\n    ok = t in ('ls', 'pwd')\n"
            "    t = request.args['u']\n    if not ok:\n        return ''\n    os.system(t)\n",
            [("INP401", 8)],
        ),
        # a parameter whose default is a library function, called: that function where no caller gives another
        (
            "def run(cmd, runner=os.system):\n    return runner(cmd)\ndef show(cmd, runner=print):\n"
            "    return runner(cmd)\n@app.get('/')\ndef view():\n    run(request.args['c'])\n"
            "    show(request.args['c'])\n",
            [("INP401", 2)],
        ),
        # while True: only a break leaves it, with the state it had there
        (
            "@app.get('/')\ndef view():\n    todo = request.args.getlist('t')\n    while True:\n"
            "        t = todo.pop()\n        if t in ('ls', 'pwd'):\n            break\n    os.system(t)\n",
            [],
        ),
        (
            "@app.get('/')\ndef view():\n    todo = request.args.getlist('t')\n    while True:\n"
            "        t = todo.pop()\n        if t:\n            break\n    os.system(t)\n",
            [("INP401", 8)],
        ),
        # a flag that reads itself (ok = ok and ...) is no test kept: no endless reading of it
        (
            "@app.get('/')\ndef view():\n    t = request.args['t']\n    ok = t != ''\n    ok = ok and t.isalnum()\n"
            "    if not ok:\n        return ''\n    os.system(t)\n",
            [("INP401", 8)],
        ),
        # a class attribute read in its own class body's value through an instance: read once
        (
            "class C:\n    x = 'ls'\nc = C()\nclass D:\n    y = c.x\nd = D()\nos.system(d.y)\n",
            [],
        ),
        # contextlib.suppress: the block may end at any statement
        (
            "import contextlib\n@app.get('/')\ndef view():\n    t = request.args['t']\n"
            "    with contextlib.suppress(ValueError):\n        t = str(int(t))\n    os.system(t)\n",
            [("INP401", 7)],
        ),
        # match: a guard holds in its case; literal patterns make the subject one of them
        (
            "@app.get('/')\ndef view():\n    t = request.args['t']\n    match t:\n"
            "        case str() if t in ('ls', 'pwd'):\n            os.system(t)\n"
            "        case 'df' | 'du':\n            os.system(t)\n        case _:\n            os.system(t)\n",
            [("INP401", 10)],
        ),
    ],
)
def test_guard_helpers_and_match_guards(code: str, expected: list[tuple[str, int]]) -> None:
    assert findings(code) == expected


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        # dicts made of others keep per key what each part gives: a later part with known keys wins for them
        ("D = {'tool': 'ls'}\nopts = {**request.form, **D}\nos.system(opts['tool'])\n", []),
        ("D = {'tool': 'ls'}\nopts = {**D, **request.form}\nos.system(opts['tool'])\n", [("INP401", 3)]),
        ("opts = {'tool': 'ls', **request.form}\nos.system(opts['tool'])\n", [("INP401", 2)]),
        ("D = {'tool': 'ls'}\nopts = {'tool': request.args['t']} | D\nos.system(opts['tool'])\n", []),
        ("D = {'tool': 'ls'}\nopts = D | {'tool': request.args['t']}\nos.system(opts['tool'])\n", [("INP401", 3)]),
        ("opts = dict(zip(('tool', 'arg'), ('ls', request.args['a'])))\nos.system(opts['tool'])\n", []),
        ("opts = dict(zip(('tool', 'arg'), ('ls', request.args['a'])))\nos.system(opts['arg'])\n", [("INP401", 2)]),
        ("D = {'tool': 'ls'}\nopts = dict(D)\nopts.update(arg=request.args['a'])\nos.system(opts['tool'])\n", []),
        ("D = {'tool': 'ls'}\nopts = dict(D)\nopts.update(request.form)\nos.system(opts['tool'])\n", [("INP401", 4)]),
        ("o = {'tool': 'ls', 'a': request.args['a']}\nc = copy.deepcopy(o)\nos.system(c['tool'])\n", []),
        (
            "o = {'tool': 'ls', 'a': request.args['a']}\nc = json.loads(json.dumps(o))\nos.system(c['a'])\n",
            [("INP401", 3)],
        ),
    ],
)
def test_dicts_made_of_dicts(code: str, expected: list[tuple[str, int]]) -> None:
    assert findings(code) == expected


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        # an entry holding a dict display keeps its own entries, read through a name bound to it
        (
            "@app.get('/')\ndef view():\n    cfg = {}\n    cfg['r'] = {'tool': 'ls', 'arg': request.args['a']}\n"
            "    section = cfg['r']\n    os.system(section['tool'])\n    os.system(section['arg'])\n",
            [("INP401", 7)],
        ),
        # configparser's read_dict() and print(file=buf) of an in-memory buffer
        (
            "import configparser, io\n@app.get('/')\ndef view():\n    cfg = configparser.ConfigParser()\n"
            "    cfg.read_dict({'c': {'tool': request.args['t']}, 's': {'tool': 'ls'}})\n"
            "    os.system(cfg.get('s', 'tool'))\n    os.system(cfg.get('c', 'tool'))\n"
            "    buf = io.StringIO()\n    print(request.args['t'], file=buf)\n    os.system(buf.getvalue())\n",
            [("INP401", 7), ("INP401", 10)],
        ),
        # a class attribute no method changes: what an instance holds under it is the class body's value
        (
            "class Job:\n    tool = 'ls'\n    def __init__(self, r):\n        self.arg = r.args['a']\n"
            "    def line(self):\n        return self.tool + ' -l'\n"
            "@app.get('/')\ndef view():\n    job = Job(request)\n    os.system(job.tool)\n"
            "    os.system(Job(request).line())\n    os.system(job.arg)\n",
            [("INP401", 12)],
        ),
        # getattr/setattr with a constant name are reads and writes of that attribute
        (
            "class Job:\n    tool = 'ls'\n    def __init__(self, r):\n        self.arg = 'x'\n"
            "@app.get('/')\ndef view():\n    job = Job(request)\n    setattr(job, 'arg', request.args['a'])\n"
            "    os.system(getattr(job, 'tool'))\n    os.system(getattr(job, 'arg'))\n",
            [("INP401", 10)],
        ),
        # dataclasses.replace() and NamedTuple._replace(): the record's fields, those given replaced
        (
            "import dataclasses\n@dataclasses.dataclass\nclass Q:\n    tool: str\n    arg: str = 'x'\n"
            "@app.get('/')\ndef view():\n    q = dataclasses.replace(Q(tool=request.args['t']), tool='ls')\n"
            "    os.system(q.tool)\n    os.system(q.arg)\n"
            "    r = dataclasses.replace(Q(tool='ls'), arg=request.args['a'])\n    os.system(r.arg)\n",
            [("INP401", 12)],
        ),
        # ... unless a method sets or changes it, or the code sets it on the instance
        (
            "class Job:\n    tool = 'ls'\n    def __init__(self, r):\n        self.tool = r.args['a']\n"
            "@app.get('/')\ndef view():\n    job = Job(request)\n    os.system(job.tool)\n",
            [("INP401", 8)],
        ),
        (
            "class Job:\n    tool = 'ls'\n    def __init__(self, r):\n        self.arg = r.args['a']\n"
            "@app.get('/')\ndef view():\n    job = Job(request)\n    job.tool = request.args['t']\n"
            "    os.system(job.tool)\n",
            [("INP401", 9)],
        ),
    ],
)
def test_class_attributes_of_instances(code: str, expected: list[tuple[str, int]]) -> None:
    assert findings(code) == expected


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        # a session key chosen by the client (trust boundary), not only a value
        ("from flask import session\nsession[request.form['k']] = 'x'\n", [("INP415", 2)]),
        ("from flask import session\nsession['theme'] = 'dark'\n", []),
        # probing for a path is a path sink
        ("os.path.exists('/srv/' + request.args['f'])\n", [("INP404", 1)]),
        ("os.path.isfile('/srv/' + os.path.basename(request.args['f']))\n", []),
        ("from pathlib import Path\nPath('/srv', request.args['f']).is_dir()\n", [("INP404", 2)]),
        # elementpath evaluates XPath
        ("import elementpath\nelementpath.select(None, '//u[@n=\"' + request.args['n'] + '\"]')\n", [("INP408", 2)]),
        # make_response((body, headers)): only the body is markup
        ("from flask import make_response\nmake_response((request.args['b'], 200))\n", [("OUT401", 2)]),
        ("from flask import make_response\nmake_response(('ok', {'X-Id': request.args['b']}))\n", []),
        # request.path of a route without variable parts is that constant path
        ("@app.route('/about')\ndef about():\n    return '<h1>' + request.path + '</h1>'\n", []),
        ("@app.route('/u/<name>')\ndef user(name):\n    return '<h1>' + request.path + '</h1>'\n", [("OUT401", 3)]),
    ],
)
def test_sinks_and_settings(code: str, expected: list[tuple[str, int]]) -> None:
    assert findings(code) == expected


def test_summaries_of_functions_in_the_module() -> None:
    code = """
        def build(name):
            return "tar czf " + name

        def run(cmd):
            subprocess.run(cmd, shell=True)

        def clean(name):
            return "backup"

        @app.route("/b")
        def backup():
            target = request.args["t"]
            run(build(target))
            os.system(clean(target))
    """
    assert findings(code) == [("INP401", 6)]


def test_class_attributes_set_in_init() -> None:
    code = """
        class Job:
            def __init__(self):
                self.command = request.args["c"]
                self.name = "job"

            def start(self):
                os.system(self.name)
                os.system(self.command)
    """
    assert findings(code) == [("INP401", 9)]


def test_route_parameters_are_sources_and_responses_are_sinks() -> None:
    code = """
        @app.route("/u/<name>")
        def user(name):
            return "<b>" + name + "</b>"

        @app.route("/ok/<name>")
        def ok(name):
            return {"name": name}
    """
    assert findings(code) == [("OUT401", 4)]


def test_flow_is_reported_in_json_and_sarif(cli, project) -> None:
    code = (
        HEAD
        + "\n@app.route('/x')\ndef x():\n    value = request.args['v']\n    command = 'echo ' + value\n    os.system(command)\n"
    )
    root = project({"app.py": code})
    run = cli("scan", "--format", "json", "--select", "INP401", cwd=root)
    (finding,) = run.json()["findings"]
    assert finding["rule"] == "INP401" and finding["start"]["line"] == 9
    assert [step["line"] for step in finding["flow"]] == [7, 7, 8, 9]
    assert finding["flow"][0]["note"].startswith("source: flask.request.args")
    assert finding["flow"][-1]["note"] == "sink: os.system (shell)"
    cli("scan", "--format", "sarif", "--output", "r.sarif", "--select", "INP401", cwd=root)
    sarif = json.loads((root / "r.sarif").read_text())
    flow = sarif["runs"][0]["results"][0]["codeFlows"][0]["threadFlows"][0]["locations"]
    assert [loc["location"]["physicalLocation"]["region"]["startLine"] for loc in flow] == [7, 7, 8, 9]
    text = cli("scan", "--no-color", "--select", "INP401", cwd=root).stdout
    assert "= flow: line 7 source: flask.request.args" in text


def test_confidential_values_in_responses_need_an_authorized_handler() -> None:
    code = """
        from flask import jsonify

        def login_required(view):
            return view

        class Insider(str):
            pass

        def figures_for(issuer) -> Insider:
            return Insider(issuer)

        @app.route("/open/<issuer>")
        def open_figures(issuer):
            return jsonify(figures=figures_for(issuer))

        @app.route("/closed/<issuer>")
        @login_required
        def closed_figures(issuer):
            return jsonify(figures=figures_for(issuer))

        @app.route("/named")
        def named():
            insider_eps = compute()
            return {"eps": insider_eps}
    """
    assert findings(code) == [("CNF402", 15), ("CNF402", 25)]


def test_projects_add_their_own_confidential_markers(cli, project) -> None:
    code = (
        "import logging\n\nlog = logging.getLogger(__name__)\n\n"
        "def report(deal_terms, figures: Unpublished):\n"
        "    log.info('terms %s', deal_terms)\n"
        "    log.info('figures %s', figures)\n"
        "    log.info('fees %s', load_fees())\n\n"
        "@classified_source\ndef load_fees():\n    return 42\n"
    )
    root = project({"svc.py": code})
    assert [f["rule"] for f in cli("scan", "--format", "json", cwd=root).json()["findings"]] == []
    (root / "guidelint.toml").write_text(
        '[confidential-markers]\nnames = ["deal_*"]\nannotations = ["Unpublished"]\ndecorators = ["*classified_source"]\n'
    )
    found = [(f["rule"], f["start"]["line"]) for f in cli("scan", "--format", "json", cwd=root).json()["findings"]]
    assert found == [("CNF401", 6), ("CNF401", 7), ("CNF401", 8)]


def test_aws_lambda_event_is_a_source() -> None:
    code = """
        def handler(event, context):
            os.system("convert " + event["file"])

        def on_click(event):
            os.system("beep " + event.name)
    """
    assert findings(code) == [("INP401", 3)]


def test_assignments_as_sinks_and_request_attributes_of_handler_subclasses() -> None:
    code = """
        from http.server import BaseHTTPRequestHandler

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                os.system("log " + self.path)
                self.headers_sent = True

        @app.route("/r")
        def r():
            response = make()
            response.headers["Location"] = request.args["next"]
            response.headers["X-Static"] = "yes"
            return response
    """
    assert findings(code) == [("INP401", 6), ("INP406", 12), ("OUT402", 12)]


def test_values_stored_in_the_session_but_not_the_session_itself() -> None:
    code = """
        from flask import session

        @app.route("/s", methods=["POST"])
        def s():
            session["client"] = request.form["client"]
            request.session = make_store(request.cookies.get("sid"))
            session["visits"] = 1
            return "ok"
    """
    assert findings(code) == [("INP415", 6)]


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        # the program, or a string command line: command injection (CWE-78)
        ("subprocess.run([request.args['p'], '-l'])\n", [("INP416", 1)]),
        ("subprocess.run('ping ' + request.args['h'])\n", [("INP416", 1)]),
        # a whole argument after the program, the start of one, or an option's value: option injection (CWE-88)
        ("subprocess.run(['git', 'clone', request.args['r']])\n", [("INP422", 1)]),
        ("subprocess.run(['ssh', '-o' + request.args['o'], 'host'])\n", [("INP422", 1)]),
        ("subprocess.run(['tool', f'{request.args[\"a\"]}.txt'])\n", [("INP422", 1)]),
        # inside an argument that a constant starts: cannot become an option or a new argument
        ("subprocess.run(['tool', f'/data/{request.args[\"a\"]}.txt'])\n", []),
        ("subprocess.run(['tool', '/data/%s/%s' % (request.args['a'], request.args['b'])])\n", []),
        ("subprocess.run('tool /data/{}'.format(request.args['a']).split())\n", []),
        # after "--" no argument is read as an option
        ("subprocess.run(['gzip', '--', request.args['f']])\n", []),
        # with shell=True it is INP401's command injection, not both
        ("subprocess.run('ping ' + request.args['h'], shell=True)\n", [("INP401", 1)]),
        # the process's own command line is not input for this rule
        ("import sys\nsubprocess.run([sys.executable, *sys.argv])\n", []),
    ],
)
def test_program_arguments(code: str, expected: list[tuple[str, int]]) -> None:
    assert findings(code) == expected


def test_plaintext_urls_are_reported_at_the_literal_once() -> None:
    code = """\
        import requests, urllib.request
        FEED = "http://feed.partner.example/rates"
        def daily():
            return requests.get(FEED, timeout=5), requests.post(FEED + "/ack", timeout=5)
        def fetch(url="ftp://files.partner.example/a.csv"):
            return urllib.request.urlopen(url)
        def local(url="http://localhost:8000/"):
            return urllib.request.urlopen(url)
    """
    assert findings(code) == [("NET401", 2), ("NET401", 5)]


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("u = 'https://%s/api' % request.args['h']\n", [("INP417", 1)]),
        ("u = '%s://%s/x' % ('https', request.args['h'])\n", [("INP417", 1)]),
        ("u = '{scheme}://{host}/x'.format(scheme='https', host=request.args['h'])\n", [("INP417", 1)]),
        # (a link's host, and markup: the value can also close the attribute)
        ("u = f\"<a href='http://{request.args['h']}/'>x</a>\"\n", [("INP417", 1), ("OUT401", 1)]),
        # the value is not the host: a scheme, a path, a query, or what follows an earlier value
        ("u = '%s://api.example/x' % request.args['s']\n", []),
        ("u = 'https://{}/{}'.format('api.example', request.args['p'])\n", []),
        ("u = f\"https://api.example/?q={request.args['q']}\"\n", []),
        ("u = 'https://%s%s' % ('api.example', request.args['p'])\n", []),
        # one finding where the URL is built, not a second one where it is fetched
        ("import requests\nrequests.get('http://' + request.args['h'] + '/status')\n", [("INP417", 2)]),
    ],
)
def test_url_host_from_input(code: str, expected: list[tuple[str, int]]) -> None:
    assert findings(code) == expected


def test_django_validated_host_and_scheme_are_not_request_data() -> None:
    code = """\
        from django.http import HttpResponsePermanentRedirect
        def secure(request):
            return HttpResponsePermanentRedirect("https://%s%s" % (request.get_host(), request.get_full_path()))
        def scheme(request):
            return HttpResponsePermanentRedirect("%s://example.com/" % request.scheme)
    """
    hits, problems = check_source("v.py", textwrap.dedent(code), RULES, PACK.models)
    assert not problems and hits == []


def test_redirects_through_the_location_header() -> None:
    code = """\
        resp = app.make_response("moved")
        resp.headers["Location"] = request.args["next"]
        resp.headers["X-Trace"] = "ok"
        resp.headers["Cache-Control"] = request.args["cache"]
    """
    assert findings(code) == [("INP406", 2), ("OUT402", 2), ("OUT402", 4)]


def test_exception_handlers_see_values_from_before_the_failing_statement() -> None:
    code = """\
        value = request.args["n"]
        try:
            value = int(value)
        except ValueError:
            os.system("echo bad " + value)
        os.system(f"seq {value}")
    """
    assert findings(code) == [("INP401", 5), ("INP401", 6)]


def test_exception_handlers_see_values_assigned_inside_the_try() -> None:
    # the handler can run after the first statement of the body, before value is made a number
    code = """\
        try:
            value = request.args["n"]
            value = int(value)
        except ValueError:
            os.system("echo bad " + value)
    """
    assert findings(code) == [("INP401", 5)]


def test_methods_of_module_instances_and_checks_written_in_the_module() -> None:
    code = """\
        BASE = "/srv/docs"
        class Store:
            def inside(self, path):
                full = os.path.abspath(os.path.join(BASE, path))
                return full.startswith(BASE + os.sep)
            def find(self, name):
                if not self.inside(name):
                    return None
                return os.path.join(BASE, name)
            def direct(self, name):
                return os.path.join(BASE, name)
        store = Store()
        def plain(name):
            return name.isalnum()
        @app.route("/d")
        def d():
            open(store.find(request.args["f"]))
            open(store.direct(request.args["f"]))
            n = request.args["n"]
            if plain(n):
                open(n)
    """
    assert findings(code) == [("INP404", 18)]


def test_framework_imported_inside_a_function_still_counts() -> None:
    code = """\
        def views():
            from django.http import HttpResponse
            def hello(request):
                return HttpResponse("Hi " + request.GET["name"])
            return hello
    """
    hits, problems = check_source("v.py", textwrap.dedent(code), RULES, PACK.models)
    assert not problems and [(h.rule, h.line) for h in hits] == [("OUT401", 4)]


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("subprocess.run(['bash', '-c', 'ls ' + request.args['d']])\n", [("INP401", 1)]),
        ("os.spawnl(os.P_WAIT, '/bin/sh', 'sh', '-c', request.args['c'])\n", [("INP401", 1)]),
        ("import sys\nos.execv('/bin/bash', ['bash', '-c', sys.argv[1]])\n", [("INP401", 2)]),
        ("subprocess.run(['cmd.exe', '/c', request.args['c']])\n", [("INP401", 1)]),
        # a shell running a fixed script with data as its positional parameters is not a command line
        ("subprocess.run(['sh', '-c', 'grep -- \"$1\" log', 'sh', request.args['q']])\n", [("INP422", 1)]),
    ],
)
def test_shells_started_as_programs(code: str, expected: list[tuple[str, int]]) -> None:
    assert findings(code) == expected


def test_containers_filled_by_methods_and_any_all_checks() -> None:
    code = """\
        parts = []
        if request.args.get("name"):
            parts.append("name = '%s'" % request.args["name"])
        if parts:
            sqlite3.connect("x").execute("SELECT * FROM t WHERE " + " AND ".join(parts))
        ROOTS = ["/srv/a", "/srv/b"]
        def within(root, path):
            return os.path.abspath(path).startswith(root)
        def restore():
            target = request.args["to"]
            if not any(within(root, target) for root in ROOTS):
                return None
            os.makedirs(target)
    """
    assert findings(code) == [("INP402", 5)]


def test_instances_made_inside_a_function_use_their_class() -> None:
    code = """\
        class Themes:
            def asset(self, name):
                if not os.path.abspath(name).startswith("/srv/themes/"):
                    raise PermissionError(name)
                return name
        @app.route("/t")
        def t():
            themes = Themes()
            return open(themes.asset(request.args["a"])).read()
    """
    assert findings(code) == []


def test_confidential_egress_honours_the_projects_egress_allow_list(cli, project) -> None:
    code = (
        "import requests\n\nclass Insider(str):\n    pass\n\n"
        "def send(figures: Insider):\n"
        "    requests.post('https://partner.example.com/in', json={'f': figures}, timeout=5)\n"
        "    requests.post('https://vault.corp.example/in', json={'f': figures}, timeout=5)\n"
        "    requests.post('https://transfer.acme.internal/in', json={'f': figures}, timeout=5)\n"
    )
    root = project({"svc.py": code})

    def cnf403() -> list[int]:
        findings = cli("scan", "--format", "json", cwd=root).json()["findings"]
        return [f["start"]["line"] for f in findings if f["rule"] == "CNF403"]

    assert cnf403() == [7, 8]  # the default allow-list has *.acme.internal
    (root / "guidelint.toml").write_text('[options.NET107]\nallowed_hosts = ["*.corp.example"]\n')
    assert cnf403() == [7, 9]  # the project's own list replaces it, for NET107 and CNF403 alike


def test_checks_written_in_the_module_are_judged_by_their_body_not_their_name() -> None:
    code = """\
        ALLOWED = {"a.txt", "b.txt"}
        def is_safe_path(name):
            return name.endswith(".log")
        def allowed_name(name):
            return name in ALLOWED
        def is_safe(name):
            pass
        @app.route("/d")
        def d():
            f = request.args["f"]
            if is_safe_path(f):
                open(f)
            if allowed_name(f):
                open(f)
            if is_safe(f):
                open(f)
    """
    # an extension test contains nothing; membership in an allow-list does; a stub is taken at its word
    assert findings(code) == [("INP404", 12)]


def test_quart_request_data_is_followed_like_flask() -> None:
    code = textwrap.dedent("""\
        from quart import Quart, redirect, render_template_string, request

        app = Quart(__name__)

        @app.route("/go")
        async def go():
            form = await request.form
            return redirect(form["next"])

        @app.route("/post/<post_id>")
        async def post(post_id):
            row = await load(post_id)
            return await render_template_string("<h1>{{ row.title }}</h1>", row=row)
    """)
    hits, problems = check_source("q.py", code, RULES, PACK.models)
    assert not problems
    # the rendered template escapes its context values: only the redirect is reported
    assert sorted((h.rule, h.line) for h in hits) == [("INP406", 8)]


def test_socket_data_is_input() -> None:
    code = textwrap.dedent("""\
        import os
        import socket

        def serve(server):
            conn, _ = server.accept()
            data = conn.recv(1024).decode()
            os.system("ping -c 1 " + data)
            if data in ("a", "b"):
                os.system("echo " + data)
    """)
    hits, problems = check_source("s.py", code, RULES, PACK.models)
    assert not problems
    assert sorted((h.rule, h.line) for h in hits) == [("INP401", 7)]


def test_personal_identifiers_are_confidential_until_masked() -> None:
    code = """\
        import re
        @app.route("/me")
        def me():
            user = load_user()
            ssn = user.ssn
            if not re.match(r"^\\d{3}-\\d{2}-\\d{4}$", ssn):
                return "invalid"
            shown = "***-**-" + ssn[-4:]
            return {"ssn": shown}
        @app.route("/card")
        def card():
            card_number = load_card()
            if card_number in KNOWN:
                return {"card": card_number}
            return {}
    """
    # a format check or an allow-list does not make a card number less confidential; masking does
    assert findings(code) == [("CNF402", 14)]


def test_query_literals_are_judged_by_what_runs_code() -> None:
    code = textwrap.dedent("""\
        import pymongo
        from flask import Flask, request
        from lxml import etree

        app = Flask(__name__)
        users = pymongo.MongoClient().app.users

        @app.route("/u")
        def u():
            name = request.args["name"]
            users.find_one({"name": name})
            users.find({"$where": f"this.name == '{name}'"})
            users.find({"$and": [{"age": 3}, {"$where": "this.n == '" + name + "'"}]})
            return "ok"
    """)
    hits, problems = check_source("m.py", code, RULES, PACK.models)
    assert not problems
    # a filter dict built in code is the safe form; its $where runs JavaScript; a dict is no XPath
    assert sorted((h.rule, h.line) for h in hits) == [("INP413", 12), ("INP413", 13)]


def test_awaited_request_bodies_of_async_frameworks() -> None:
    code = textwrap.dedent("""\
        import os
        from aiohttp import web

        async def form(request):
            data = await request.post()
            os.system("echo " + data["msg"])

        async def raw(request):
            body = await request.body()
            os.system("echo " + body.decode())
    """)
    hits, problems = check_source("a.py", code, RULES, PACK.models)
    assert not problems
    assert sorted((h.rule, h.line) for h in hits) == [("INP401", 6), ("INP401", 10)]


def test_pyramid_responses_built_from_request_data() -> None:
    code = textwrap.dedent("""\
        from pyramid.request import Response
        from pyramid.view import view_config

        @view_config(route_name="greet")
        def greet(request):
            return Response("<h1>Hello %s</h1>" % request.params["name"])

        @view_config(route_name="note")
        def note(request):
            request.response.text = "<p>{}</p>".format(request.params.get("note", ""))
            return request.response

        @view_config(route_name="plain")
        def plain(request):
            request.response.text = "<p>saved</p>"
            return Response(request.params["name"], content_type="text/plain")
    """)
    hits, problems = check_source("v.py", code, RULES, PACK.models)
    assert not problems
    assert sorted((h.rule, h.line) for h in hits) == [("OUT401", 6), ("OUT401", 10)]


def test_markup_built_from_request_data_is_reported_once_where_it_is_seen_last() -> None:
    code = """\
        @app.route("/a")
        def a():
            page = "<h1>%s</h1>" % request.args["title"]
            page += "<p>footer</p>"
            return page
        @app.route("/b")
        def b():
            cards = {"title": "<h2>{}</h2>".format(request.args["title"])}
            store(cards)
            return "saved"
        @app.route("/c")
        def c():
            inner = "<b>%s</b>" % request.args["name"]
            return "<div>" + inner + "</div>"
        @app.route("/d")
        def d():
            return "<p>%s</p>" % int(request.args["n"]), "total < %s" % request.args["n"]
    """
    # a: the response; b: the markup kept in a dict; c: the outer markup, returned on that line
    assert findings(code) == [("OUT401", 5), ("OUT401", 8), ("OUT401", 14)]


def test_exception_messages_of_broad_catches_are_internals() -> None:
    code = """\
        import sqlite3
        @app.route("/a")
        def a():
            try:
                return load()
            except sqlite3.Error as error:
                return "failed: " + str(error), 500
        @app.route("/b")
        def b():
            try:
                return str(int(request.args["n"]))
            except ValueError as error:
                app.logger.info("bad number: %s", error)
                return "a number, please", 400
    """
    assert findings(code) == [("OUT153", 7)]


def test_functions_returning_tuples_are_summarised_per_element() -> None:
    code = """\
        def parse(req):
            return req.args["cmd"], "ls -l"
        def choose(req):
            if req.args.get("x"):
                return "a", req.args["x"]
            return "b", "c"
        @app.route("/r")
        def r():
            cmd, safe = parse(request)
            os.system(safe)
            os.system(cmd)
            first, second = choose(request)
            os.system(first)
            os.system(second)
    """
    assert findings(code) == [("INP401", 11), ("INP401", 14)]


def test_functions_picked_from_a_namespace_by_request_data() -> None:
    code = """\
        @app.route("/run")
        def run():
            name = request.args["fn"]
            handler = globals().get(name)
            other = vars(os)[name]
            fixed = globals()["main"]
            return handler, other, fixed
    """
    assert findings(code) == [("INP420", 4), ("INP420", 5)]


def test_the_flow_shown_does_not_depend_on_the_process(project) -> None:
    # two request values reach the sink by flows of the same length: the report must pick the same one in
    # every run, whatever the interpreter's string hashing (PYTHONHASHSEED) does to the order of sets
    root = project(
        {
            "views.py": """
                from django.http import HttpResponse

                def get_resource(request):
                    username = request.GET.get("username")
                    date = request.GET.get("date")
                    path = "./" + username + "/" + date
                    return HttpResponse(open("./static/" + path).read())
            """
        }
    )
    reports = {
        run_guidelint(
            "scan", "views.py", "--no-cache", "--format", "json", cwd=root, env={"PYTHONHASHSEED": seed}
        ).stdout
        for seed in ("1", "2", "3", "4", "5", "6")
    }
    assert len(reports) == 1
    (finding,) = [f for f in json.loads(reports.pop())["findings"] if f["rule"] == "INP404"]
    assert [step["note"] for step in finding["flow"]][1:3] == ["through request.GET.get()", "assigned to date"]


PORTAL_APP = """
import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/report")
def report():
    form = request.form
    os.system("lpr " + form.field_text("printer"))
    if not form.has_only_letters("tray"):
        abort_request(400)
    os.system("lpr -o tray=" + form.field_text("tray"))
    return "queued"
"""

PORTAL_MODEL = """
name: ACME portal forms
needles: [field_text]
propagators:
  pass-through: [field_text]   # form.field_text(name): the text of one field of the form
guards:
  exits: [abort_request]
  validation: [has_only_letters]
"""


def test_a_pack_teaches_the_engine_a_company_library_without_code(cli, project) -> None:
    root = project({"app.py": PORTAL_APP})
    pack = root / "portal-pack"
    (pack / "taint" / "models").mkdir(parents=True)
    (pack / "pack.toml").write_text('[pack]\nname = "portal"\nversion = "0.1.0"\n', encoding="utf-8")
    before = cli("scan", "app.py", "-f", "json", "--no-cache", cwd=root).json()["findings"]
    assert [f["start"]["line"] for f in before if f["rule"] == "INP401"] == []  # an unknown method: its arguments
    (pack / "taint" / "models" / "portal.yaml").write_text(PORTAL_MODEL, encoding="utf-8")
    run = cli("scan", "app.py", "--pack", str(pack), "-f", "json", "--no-cache", cwd=root)
    # field_text() carries the form's data; has_only_letters() checks it and abort_request() ends the branch
    assert [f["start"]["line"] for f in run.json()["findings"] if f["rule"] == "INP401"] == [10]


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        # the user's session is a dict kept by the server: session.get(key) reads a value
        ("def view(request):\n    s = request.session\n    return s.get('cart_' + request.GET['id'])\n", []),
        # an HTTP session, in a file that uses an HTTP client library
        (
            "import requests\ndef view(request):\n    session = requests.Session()\n    return session.get(request.GET['u'])\n",
            [("INP405", 4)],
        ),
        # the caller's value in the query or the body: the destination stays fixed; in the path of a fixed
        # host it still reaches the host's other endpoints
        (
            "import requests\nBASE = 'https://api.example.com'\ndef view(request, base):\n"
            "    requests.get(base + '/users/' + request.GET['id'])\n"
            "    requests.get(base + '?q=' + request.GET['q'])\n"
            "    requests.post(BASE, data=request.POST['text'])\n"
            "    return requests.get('https:' + request.GET['u'])\n",
            [("INP405", 4), ("INP405", 7)],
        ),
        # what middleware attaches to a request (a tenant read from the database) is the server's state
        (
            "from django.shortcuts import redirect\ndef view(request):\n    return redirect('https://%s/' % request.tenant.domain)\n",
            [],
        ),
        (
            "from django.shortcuts import redirect\ndef view(request):\n"
            "    return redirect('https://%s/' % request.META['HTTP_HOST'])\n",
            [("INP406", 3), ("INP417", 3)],
        ),
    ],
)
def test_outbound_requests_where_data_chooses_the_destination(code: str, expected: list[tuple[str, int]]) -> None:
    hits, problems = check_source("views.py", "from django.http import HttpResponse\n" + code, RULES, PACK.models)
    assert not problems
    assert sorted((h.rule, h.line - 1) for h in hits if h.rule.startswith("INP4")) == expected


def test_an_analysis_is_freed_without_the_cycle_collector() -> None:
    """The analysis holds its parts and each part reaches the analysis through a weak proxy: a strong
    reference back would make a cycle that kept the analysed module's whole tree alive until the cycle
    collector traced it (most of the collector's time over a scan)."""
    import gc
    import weakref

    import libcst as cst
    from guidelint.engines.taint.analysis import Analysis

    module = cst.parse_module(HEAD + "def view():\n    os.system(request.args['c'])\n")
    sink_kinds = {kind for rule in RULES for kind in rule.sinks}
    enabled = gc.isenabled()
    gc.disable()
    try:
        analysis = Analysis(module, "t.py", PACK.models, sink_kinds, text=module.code)
        assert analysis.run()
        gone = weakref.ref(analysis)
        del analysis
        assert gone() is None
    finally:
        if enabled:
            gc.enable()
