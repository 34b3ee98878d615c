"""Objects deserialized with pickle and friends."""

import libcst as cst
from guidelint.cst import Context, Rule, RuleMeta, assigned_value, is_constant


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
            "of the data decides how dangerous it is."
        ),
        remediation=(
            "Exchange data as JSON (json.loads) or another data-only format; if the data must be an object "
            "graph, sign it with hmac and verify before loading, and only load what this service wrote."
        ),
        references=("https://docs.python.org/3/library/pickle.html#restricting-globals",),
    )
    calls = (
        "pickle.load",
        "pickle.loads",
        "pickle.Unpickler",
        "cPickle.load",
        "cPickle.loads",
        "cPickle.Unpickler",
        "_pickle.load",
        "_pickle.loads",
        "_pickle.Unpickler",
        "cloudpickle.load",
        "cloudpickle.loads",
        "marshal.load",
        "marshal.loads",
        "shelve.open",
        "dill.load",
        "dill.loads",
        "dill.Unpickler",
        "jsonpickle.decode",
        "pandas.read_pickle",
        "joblib.load",
        "torch.load",
        "numpy.load",
    )

    nodes = (cst.Call,)
    needles = (*sorted({name.split(".")[0] for name in calls}), "multiprocessing")

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        """multiprocessing's Connection.recv() unpickles whatever the peer sends."""
        if not (isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and node.func.attr.value == "recv"):
            return
        receiver = node.func.value
        if isinstance(receiver, cst.Name):
            receiver = assigned_value(ctx, receiver.value, node) or receiver
        if _connection(receiver, ctx):
            ctx.report(node, self.meta.message.format(name="multiprocessing Connection.recv"))

    def check_call(self, call: cst.Call, name: str, ctx: Context) -> None:
        if name == "numpy.load" and not _allows_pickle(call):
            return  # numpy refuses pickled object arrays unless allow_pickle=True
        if call.args and all(is_constant(a.value) for a in call.args if a.keyword is None):
            return  # loading a fixed file name the service itself controls
        if name == "torch.load" and _weights_only(call):
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
            with open_shelf(request.args["db"]) as db:  # expect
                return state, code, db

        def load_inside():
            import dill
            return dill.loads(receive())  # expect

        def load_arrays(upload):
            import cloudpickle
            import numpy as np
            model = cloudpickle.loads(upload.read())  # expect
            arrays = np.load(upload.stream, allow_pickle=True)  # expect
            return model, arrays

        def worker_results(address):
            from multiprocessing.connection import Client, Listener
            first = Client(address).recv()  # expect
            listener = Listener(address)
            peer = listener.accept()
            return first, peer.recv()  # expect
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

        def load_arrays(upload):
            import numpy as np
            return np.load(upload.stream), np.load("weights.npy", allow_pickle=True)
    """


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
