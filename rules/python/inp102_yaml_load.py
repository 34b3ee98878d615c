"""yaml.load without a safe loader."""

import libcst as cst
from guidelint.cst import (
    Context,
    Rule,
    RuleMeta,
    arg,
    assignments,
    bound_value,
    constant_value,
    dotted,
    iter_calls,
    parameter,
    string_text,
)

SAFE_LOADERS = {"SafeLoader", "CSafeLoader", "BaseLoader", "CBaseLoader"}
YAML_MODULES = ("yaml", "yaml.loader", "yaml.cyaml", "yaml.constructor")
# a loader the project composes from PyYAML's parts is as safe as its constructor: SafeConstructor and
# BaseConstructor build plain data; the full and unsafe constructors (themselves built on SafeConstructor)
# and the loaders made with them construct Python objects
SAFE_CLASSES = frozenset(
    f"{module}.{name}" for module in YAML_MODULES for name in (*SAFE_LOADERS, "SafeConstructor", "BaseConstructor")
)
UNSAFE_CLASSES = frozenset(
    f"{module}.{name}"
    for module in YAML_MODULES
    for name in (
        *("FullConstructor", "UnsafeConstructor", "Constructor"),
        *("FullLoader", "UnsafeLoader", "Loader", "CFullLoader", "CUnsafeLoader", "CLoader"),
    )
)


RUAMEL = "ruamel.yaml.YAML"
RUAMEL_LOADS = ("load", "load_all")


def _ruamel_unsafe_loads(made: cst.Call, ctx: Context) -> list[cst.CSTNode]:
    """ruamel.yaml's YAML(typ="unsafe") constructs Python objects from tags as PyYAML's UnsafeLoader does
    (its default "rt" and "safe" build plain data). Where such an instance loads: YAML(typ="unsafe").load(s)
    in place, or name.load(s) of the name it is bound to in the function (or module); an instance kept
    elsewhere (an attribute, an argument) is reported where it is made. One that only dumps is quiet."""
    typ = arg(made, "typ", None)
    kinds = constant_value(typ.value) if typ is not None else None
    names = (kinds,) if isinstance(kinds, str) else kinds if isinstance(kinds, tuple) else ()
    if "unsafe" not in names:
        return []
    parent = ctx.ancestors[-1] if ctx.ancestors else None
    if isinstance(parent, cst.Attribute):
        return [made] if parent.attr.value in RUAMEL_LOADS else []
    if not (isinstance(parent, cst.Assign) and len(parent.targets) == 1):
        return [made]
    target = parent.targets[0].target
    if not isinstance(target, cst.Name):
        return [made]
    return [
        c
        for c in iter_calls(ctx.function or ctx.module)
        if isinstance(c.func, cst.Attribute)
        and c.func.attr.value in RUAMEL_LOADS
        and isinstance(c.func.value, cst.Name)
        and c.func.value.value == target.value
    ]


class UnsafeYamlLoad(Rule):
    meta = RuleMeta.of(
        id="INP102",
        clause="SG-5.3",
        title="YAML loaded without a safe loader",
        severity="high",
        confidence="high",
        cwe=[502],
        owasp="A08:2021-Software and Data Integrity Failures",
        message="{name}() without a safe Loader can construct arbitrary Python objects from the document",
        rationale=(
            "PyYAML's full and unsafe loaders honour tags such as !!python/object/apply, so a YAML document "
            "can run code while it is loaded. Configuration and request bodies are both attacker-reachable."
        ),
        remediation="Use yaml.safe_load(data) (or Loader=yaml.SafeLoader).",
        references=("https://pyyaml.org/wiki/PyYAMLDocumentation",),
    )
    calls = (
        "yaml.load",
        "yaml.load_all",
        "yaml.unsafe_load",
        "yaml.unsafe_load_all",
        "yaml.full_load",
        "yaml.full_load_all",
        RUAMEL,
    )

    def check_call(self, call: cst.Call, name: str, ctx: Context) -> None:
        if name == RUAMEL:
            for load in _ruamel_unsafe_loads(call, ctx):
                ctx.report(load, self.meta.message.format(name="YAML(typ='unsafe').load"))
            return
        document = arg(call, "stream", 0)
        if document is not None and ctx.facts(document.value).fixed:
            return  # a document written in the code (SG-5.3: data the service wrote itself)
        if name in ("yaml.load", "yaml.load_all"):
            loader = arg(call, "Loader", 1)
            chosen = _default(loader.value, ctx) if loader is not None else _options_default(call, ctx)
            if chosen is not None and _safe_loader(chosen, ctx):
                return  # a safe loader, or the project's own loader class built on safe parts (in any module)
            if loader is None and len(call.args) == 1 and not call.args[0].star:
                safe = "safe_load" if name == "yaml.load" else "safe_load_all"
                func = call.func
                replacement = call.with_changes(
                    func=func.with_changes(attr=cst.Name(safe)) if isinstance(func, cst.Attribute) else func
                )
                if isinstance(func, cst.Attribute):
                    ctx.report(call, self.meta.message.format(name=name), replacement, f"use yaml.{safe}()")
                    return
        ctx.report(call, self.meta.message.format(name=name))

    flagged = """
        import yaml
        from yaml import load, Loader

        class TaggedLoader(yaml.FullLoader):
            pass

        class ObjectsConstructor(yaml.constructor.FullConstructor):
            pass

        class PartsLoader(yaml.reader.Reader, yaml.scanner.Scanner, yaml.parser.Parser, yaml.composer.Composer,
                          ObjectsConstructor, yaml.resolver.Resolver):
            pass

        class MixedLoader(yaml.SafeLoader, yaml.constructor.UnsafeConstructor):
            pass

        def make_loader(stream):
            return MixedLoader(stream)

        Objects = getattr(yaml, "CLoader", yaml.Loader)

        def load(stream, Loader=Objects):
            return yaml.load(stream, Loader=Loader)  # expect

        def load_any(stream, Loader):
            return yaml.load(stream, Loader=Loader)  # expect

        def load_with(stream, **options):
            options.setdefault("Loader", Objects)
            return yaml.load(stream, **options)  # expect

        def load_passed(stream, **options):
            return yaml.load(stream, **options)  # expect

        def load_tagged(stream):
            loader = TaggedLoader
            return yaml.load(stream, loader)  # expect

        def read(request):
            made = yaml.load(request.data, Loader=make_loader)  # expect
            config = yaml.load(request.data)  # expect
            more = load(request.data, Loader=Loader)  # expect
            docs = list(yaml.load_all(request.data, yaml.UnsafeLoader))  # expect
            tagged = yaml.load(request.data, Loader=TaggedLoader)  # expect
            parts = yaml.load(request.data, Loader=PartsLoader)  # expect
            mixed = yaml.load(request.data, Loader=MixedLoader)  # expect
            return config, more, docs, tagged, parts, mixed, yaml.unsafe_load(request.data)  # expect

        READERS = {"strict": yaml.SafeLoader, "legacy": yaml.FullLoader}
        ANY = {"fast": getattr(yaml, "CLoader", yaml.SafeLoader)}

        def load_picked(stream, kind):
            first = yaml.load(stream, Loader=READERS[kind])  # expect
            return first, yaml.load(stream, Loader=ANY["fast"])  # expect

        try:
            from yaml import CSafeLoader as NativeLoader
        except ImportError:
            from yaml import UnsafeLoader as NativeLoader

        class FallbackLoader(NativeLoader):
            pass

        def load_fallback(stream):
            return yaml.load(stream, Loader=FallbackLoader)  # expect

        from ruamel.yaml import YAML

        def load_objects(text):
            return YAML(typ="unsafe").load(text)  # expect

        def load_kept(stream):
            reader = YAML(typ=["unsafe", "pure"])
            reader.default_flow_style = False
            return list(reader.load_all(stream))  # expect

        def load_native_objects(stream):
            loader = getattr(yaml, "CLoader", yaml.Loader)
            return yaml.load(stream, Loader=loader)  # expect
    """
    fixed = """
        import yaml
        from yaml import load, Loader

        class TaggedLoader(yaml.FullLoader):
            pass

        class ObjectsConstructor(yaml.constructor.FullConstructor):
            pass

        class PartsLoader(yaml.reader.Reader, yaml.scanner.Scanner, yaml.parser.Parser, yaml.composer.Composer,
                          ObjectsConstructor, yaml.resolver.Resolver):
            pass

        class MixedLoader(yaml.SafeLoader, yaml.constructor.UnsafeConstructor):
            pass

        def make_loader(stream):
            return MixedLoader(stream)

        Objects = getattr(yaml, "CLoader", yaml.Loader)

        def load(stream, Loader=Objects):
            return yaml.load(stream, Loader=Loader)

        def load_any(stream, Loader):
            return yaml.load(stream, Loader=Loader)

        def load_with(stream, **options):
            options.setdefault("Loader", Objects)
            return yaml.load(stream, **options)

        def load_passed(stream, **options):
            return yaml.load(stream, **options)

        def load_tagged(stream):
            loader = TaggedLoader
            return yaml.load(stream, loader)

        def read(request):
            made = yaml.load(request.data, Loader=make_loader)
            config = yaml.safe_load(request.data)
            more = load(request.data, Loader=Loader)
            docs = list(yaml.load_all(request.data, yaml.UnsafeLoader))
            tagged = yaml.load(request.data, Loader=TaggedLoader)
            parts = yaml.load(request.data, Loader=PartsLoader)
            mixed = yaml.load(request.data, Loader=MixedLoader)
            return config, more, docs, tagged, parts, mixed, yaml.unsafe_load(request.data)

        READERS = {"strict": yaml.SafeLoader, "legacy": yaml.FullLoader}
        ANY = {"fast": getattr(yaml, "CLoader", yaml.SafeLoader)}

        def load_picked(stream, kind):
            first = yaml.load(stream, Loader=READERS[kind])
            return first, yaml.load(stream, Loader=ANY["fast"])

        try:
            from yaml import CSafeLoader as NativeLoader
        except ImportError:
            from yaml import UnsafeLoader as NativeLoader

        class FallbackLoader(NativeLoader):
            pass

        def load_fallback(stream):
            return yaml.load(stream, Loader=FallbackLoader)

        from ruamel.yaml import YAML

        def load_objects(text):
            return YAML(typ="unsafe").load(text)

        def load_kept(stream):
            reader = YAML(typ=["unsafe", "pure"])
            reader.default_flow_style = False
            return list(reader.load_all(stream))

        def load_native_objects(stream):
            loader = getattr(yaml, "CLoader", yaml.Loader)
            return yaml.load(stream, Loader=loader)
    """
    safe = """
        import yaml

        class StrictLoader(yaml.SafeLoader):
            pass

        class DatesAsText(StrictLoader):
            pass

        class LedgerConstructor(yaml.constructor.SafeConstructor):
            pass

        class LedgerLoader(yaml.reader.Reader, yaml.scanner.Scanner, yaml.parser.Parser, yaml.composer.Composer,
                           LedgerConstructor, yaml.resolver.Resolver):
            pass

        def read(request):
            a = yaml.safe_load(request.data)
            b = yaml.load(request.data, Loader=yaml.SafeLoader)
            c = yaml.load(request.data, yaml.CSafeLoader)
            d = yaml.load(request.data, Loader=DatesAsText)
            text = "retries: 3" if a else "retries: 5"
            e = yaml.load(text, Loader=yaml.Loader)
            f = yaml.load(request.data, Loader=LedgerLoader)
            g = yaml.load(request.data, Loader=ledger_loader)
            return a, b, c, d, e, f, g, yaml.dump(a)

        def ledger_loader(stream):
            return LedgerLoader(stream)

        FastLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

        class FastStrictLoader(FastLoader):
            pass

        def load(stream, Loader=FastStrictLoader):
            return yaml.load(stream, Loader=Loader)

        def load_with(stream, **options):
            options.setdefault("Loader", FastStrictLoader)
            return yaml.load(stream, **options)

        def load_tagged(stream):
            loader = StrictLoader
            loader.add_constructor("!ledger", lambda loader, node: loader.construct_scalar(node))
            return yaml.load(stream, loader)

        LOADERS = {"strict": StrictLoader, "fast": getattr(yaml, "CSafeLoader", yaml.SafeLoader)}

        def load_picked(stream, fast=False):
            return yaml.load(stream, Loader=LOADERS["fast" if fast else "strict"])

        try:
            from yaml import CSafeLoader as NativeLoader
        except ImportError:
            from yaml import SafeLoader as NativeLoader

        class RecordLoader(NativeLoader):
            pass

        def load_records(stream):
            return yaml.load(stream, Loader=RecordLoader)

        from ruamel.yaml import YAML

        def round_trip(stream):
            return YAML().load(stream)

        def plain(stream):
            return YAML(typ="safe", pure=True).load(stream)

        def load_native(stream):
            loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
            return yaml.load(stream, Loader=loader)

        def load_native_picked(stream, fast=False):
            chosen = LOADERS["fast" if fast else "strict"]
            return yaml.load(stream, chosen)

        def dump_objects(obj, stream):
            writer = YAML(typ="unsafe")
            writer.dump(obj, stream)
    """


def _safe_loader(given: cst.BaseExpression, ctx: Context, depth: int = 0) -> bool:
    """A safe loader class, or the project's own built on safe parts (in any module); a loader picked from
    a constant table of safe ones (LOADERS[kind]); getattr(yaml, "CSafeLoader", yaml.SafeLoader)."""
    if isinstance(given, cst.Subscript) and isinstance(given.value, cst.Name) and depth < 3:
        table = bound_value(ctx, given.value.value)
        if isinstance(table, cst.Dict) and table.elements:
            return all(isinstance(e, cst.DictElement) and _safe_loader(e.value, ctx, depth + 1) for e in table.elements)
        return False
    if isinstance(given, cst.Call) and ctx.qualname(given.func) in ("getattr", "builtins.getattr") and depth < 3:
        args = [a.value for a in given.args]
        named = string_text(args[1]) if len(args) == 3 else None
        module = ctx.qualname(args[0]) if args else None
        return module in YAML_MODULES and named in SAFE_LOADERS and _safe_loader(args[2], ctx, depth + 1)
    loader_name = ctx.qualname(given) or dotted(given) or ""
    return loader_name.rsplit(".", 1)[-1] in SAFE_LOADERS or (
        ctx.derives_from(given, SAFE_CLASSES) and not ctx.derives_from(given, UNSAFE_CLASSES)
    )


def _default(loader: cst.BaseExpression, ctx: Context) -> cst.BaseExpression:
    """def load(stream, Loader=StrictLoader): yaml.load(stream, Loader=Loader) loads with the default the
    wrapper chooses; a caller that passes another loader chooses it there. A local name assigned once to a
    class (`loader = StrictLoader`) or to a pick of one (`loader = getattr(yaml, "CSafeLoader",
    yaml.SafeLoader)`, `LOADERS[kind]`) is what it was assigned. Any other expression as is."""
    if not isinstance(loader, cst.Name):
        return loader
    assigned = [a.value for a in assignments(ctx, loader.value)]
    if len(assigned) == 1 and isinstance(assigned[0], (cst.Name, cst.Attribute, cst.Call, cst.Subscript)):
        return assigned[0]  # loader = StrictLoader (or getattr(yaml, "CSafeLoader", ...)): what the name holds
    param = parameter(ctx.function, loader.value)
    if param is None or param.default is None or assigned:
        return loader
    return param.default


def _options_default(call: cst.Call, ctx: Context) -> cst.BaseExpression | None:
    """def load(stream, **options): options.setdefault("Loader", StrictLoader); yaml.load(stream, **options)
    loads with the default the wrapper sets; a caller that passes another loader chooses it there."""
    function = ctx.function
    star = function.params.star_kwarg if function is not None else None
    if function is None or star is None:
        return None
    options = star.name.value
    if not any(a.star == "**" and dotted(a.value) == options for a in call.args):
        return None
    for node in iter_calls(function):
        func = node.func
        if (
            isinstance(func, cst.Attribute)
            and func.attr.value == "setdefault"
            and dotted(func.value) == options
            and len(node.args) == 2
            and string_text(node.args[0].value) == "Loader"
        ):
            return node.args[1].value
    return None
