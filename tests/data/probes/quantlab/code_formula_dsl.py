# family: code 94 95
"""The screening service's formula language: analysts type factor formulas over the universe's columns;
strategy plugins."""

import ast
import importlib.util
from pathlib import Path

import numpy as np
import pandas as pd
from flask import Flask, jsonify, request

app = Flask(__name__)
PLUGIN_DIR = Path(__file__).parent / "plugins"
PLUGINS = frozenset({"momentum", "carry", "value"})
FUNCTIONS = {"log": np.log, "abs": np.abs, "sqrt": np.sqrt, "rank": lambda s: s.rank(pct=True)}
ALLOWED_NODES = (
    ast.Expression, ast.BinOp, ast.UnaryOp, ast.Name, ast.Load, ast.Constant, ast.Call,
    ast.Add, ast.Sub, ast.Mult, ast.Div, ast.Pow, ast.USub, ast.Compare, ast.Gt, ast.Lt,
)  # fmt: skip


def load_universe() -> pd.DataFrame:
    return pd.read_parquet(Path(__file__).parent / "data" / "universe.parquet")


def compile_formula(text: str, columns: set[str]):
    tree = ast.parse(text, mode="eval")
    for node in ast.walk(tree):
        if not isinstance(node, ALLOWED_NODES):
            raise ValueError(f"not allowed in a formula: {type(node).__name__}")
        if isinstance(node, ast.Name) and node.id not in columns and node.id not in FUNCTIONS:
            raise ValueError(f"unknown name: {node.id}")
        if isinstance(node, ast.Call) and not (isinstance(node.func, ast.Name) and node.func.id in FUNCTIONS):
            raise ValueError("only the formula functions can be called")
    return compile(tree, "<formula>", "eval")


@app.post("/screens/preview")
def safe_preview_screen():
    frame = load_universe()
    code = compile_formula(request.json["formula"], set(frame.columns))
    values = eval(code, {"__builtins__": {}}, {**FUNCTIONS, **{c: frame[c] for c in frame.columns}})
    return jsonify(values.head(20).to_dict())


@app.get("/screens/params")
def safe_screen_params():
    params = ast.literal_eval(request.args["params"])
    return jsonify({"lookback": int(params["lookback"]), "top": int(params["top"])})


def safe_load_plugin(name: str):
    if name not in PLUGINS:
        raise KeyError(name)
    spec = importlib.util.spec_from_file_location(f"quantlab.plugins.{name}", PLUGIN_DIR / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def safe_run_plugin_file() -> dict:
    namespace: dict = {}
    exec((PLUGIN_DIR / "momentum.py").read_text(encoding="utf-8"), namespace)
    return namespace


@app.post("/screens/run")
def vuln_run_screen():
    frame = load_universe()
    namespace = {**FUNCTIONS, **{c: frame[c] for c in frame.columns}}
    values = eval(request.json["formula"], {"__builtins__": {}}, namespace)  # sink
    return jsonify(values.head(20).to_dict())


@app.post("/signals/eval")
def vuln_eval_signal():
    return jsonify({"value": float(eval(request.form["signal"]))})  # sink


@app.post("/plugins/try")
def vuln_try_plugin():
    namespace: dict = {}
    exec(request.files["plugin"].read().decode("utf-8"), namespace)  # sink
    return jsonify(sorted(k for k in namespace if not k.startswith("_")))
