"""Calls that keep what they return in a store under a key they are given (the models' `propagators:
keyed-state:`, entries `NAME:KEYWORD:STORE`, NAME and STORE qualified): a Streamlit widget given `key="desk"`
keeps its value in `st.session_state` under "desk", so `st.session_state.desk` and `st.session_state["desk"]`
read what `st.text_input("Desk", key="desk")` returned, as if the code had written it there itself."""

from __future__ import annotations

from typing import TYPE_CHECKING

import libcst as cst

from guidelint.cst.arguments import arg
from guidelint.engines.taint.labels import Env, Taint, entry_key
from guidelint.semantic.constants import constant_value, is_constant

if TYPE_CHECKING:
    from guidelint.engines.taint.analysis import Analysis


def kept_in_state(a: Analysis, call: cst.Call, taint: Taint, env: Env) -> Taint:
    """`taint`, what the call returns; written into the store under the call's constant key where the call is a
    keyed-state entry's (nothing is written for a clean value: what the store held before is not known anyway)."""
    entries = a.known["keyed-state"]
    keyword_given = {k.keyword.value for k in call.args if k.keyword is not None}
    if not taint or not keyword_given or not any(e.split(":", 2)[1] in keyword_given for e in entries):
        return taint  # no keyword a store's entry names: its qualified name is not worked out
    name = a.names.qualname(call.func)
    for entry in entries:
        called, keyword, store = entry.split(":", 2)
        given = arg(call, keyword=keyword) if called == name else None
        key = constant_value(given.value) if given is not None and is_constant(given.value) else None
        if not isinstance(key, str):
            continue
        for base in spellings(a, store):
            env.values[entry_key(base, key)] = taint  # st.session_state["desk"]
            env.values[f"{base}.{key}"] = taint  # st.session_state.desk
    return taint


def spellings(a: Analysis, store: str) -> list[str]:
    """How the module writes a qualified name through its imports: `st.session_state` after `import streamlit
    as st`, `session_state` after `from streamlit import session_state`."""
    found = []
    for local, qualified in a.names.scopes[0].names.items():
        if qualified == store:
            found.append(local)
        elif qualified and store.startswith(qualified + "."):
            found.append(local + store[len(qualified) :])
    return found
