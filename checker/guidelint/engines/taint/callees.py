"""Which function a call reaches: one of the module's own (a function, a constructor, a method of the class
being walked or of an instance the module made), a function or method of another module of the project (its
summary), or a library's method named by what made the receiver. `Calls` (calls.py) decides what the call
does with that."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, cast

import libcst as cst

from guidelint.cst.bindings import bound_names, scope_nodes
from guidelint.cst.children import children
from guidelint.engines.taint.definitions import HELD_INSTANCES
from guidelint.engines.taint.hierarchy import class_level, foreign_bases, is_super, local_method
from guidelint.engines.taint.labels import OBJECT, Label, Taint
from guidelint.engines.taint.querydocs import reread
from guidelint.engines.taint.receivers import MADE_THROUGH, assigned_in, chain_maker, instance_class, self_attr
from guidelint.engines.taint.summaries import Callbacks, Callee
from guidelint.engines.taint.syntax import _matches
from guidelint.semantic.constants import constant_value
from guidelint.semantic.summary import absolute_name

if TYPE_CHECKING:
    from guidelint.engines.taint.analysis import Analysis


class Callees:
    """The callee of a call, as far as the module and the project show it."""

    a: Analysis
    fields: dict[int, dict[str, Taint]]  # constructor calls: what the instance holds per attribute
    made: dict[int, str]  # method calls that return their receiver, an instance of this class
    makers: dict[int, str]  # ... of a class of another module (the qualified name of its maker)

    def nested_function(self, name: str) -> cst.FunctionDef | None:
        """The function `name` is defined as in the function being walked or one enclosing it (the nearest that
        binds the name), when that definition is its only binding there: its summary says what a call returns
        (`pick(kind)` returning constants), where a call of an unknown function would pass its arguments on."""
        functions = self.a.names.functions
        if not any(name in self._defined_in(fn) for fn in functions):
            return None  # (most calls: no enclosing function defines a function of that name)
        for fn in reversed(functions):
            key = ("nested binds", id(fn), name)
            if key not in self.a.memo:
                self.a.memo[key] = _binds(fn, name)
            count = self.a.memo[key]
            if count:
                found = self._defined_in(fn).get(name)
                return found if found is not None and count == 1 else None
        return None

    def _defined_in(self, fn: cst.FunctionDef) -> dict[str, cst.FunctionDef]:
        """The functions `fn` defines in its own body (the last of each name), by their names."""
        key = ("nested defs", id(fn))
        if key not in self.a.memo:
            self.a.memo[key] = _defs(fn.body)
        found: dict[str, cst.FunctionDef] = self.a.memo[key]
        return found

    def library_bases(self, func: cst.BaseExpression) -> frozenset[str]:
        """The library classes a method call reaches through on an instance of a class of the project that does
        not define the method (`Pages().get_page_size(request)` of `class Pages(PageNumberPagination)`, of this
        module or another): their method runs."""
        owner = func.value if type(func) is cst.Attribute else None
        made = self.maker(owner) if owner is not None else None
        local = owner.func if type(owner) is cst.Call else owner
        if type(local) is cst.Name and (local.value in self.a.classes or local.value in self.a.instances):
            cls = self.a.instances.get(local.value, local.value)
            methods = self.a.classes.get(cls, {})
            return (
                frozenset() if cast(cst.Attribute, func).attr.value in methods else frozenset(self.a.bases.get(cls, ()))
            )
        if made is None or self.own_method(func, made):
            return frozenset()
        qualified = absolute_name(self.a.package, made)
        project = self.a.project
        return (
            project.library_bases(qualified)
            if project is not None and project.project.defines(qualified)
            else frozenset()
        )

    def own_method(self, func: cst.BaseExpression, made: str | None) -> bool:
        """A method call that reaches a method the project defines (of this module, of a class of another
        module that made the receiver, of the class or its bases): its summary says what it does, not a
        library's method of that name."""
        if self.local_function(func) is not None:
            return True
        project = self.a.project
        if project is None:
            return False
        own = self.own_methods(func)  # super().render(x) of a base of the project
        if (made is not None and project.project.defines(absolute_name(self.a.package, made))) or own:
            return self.remote(func, True) is not None
        return False

    def excepted_receiver(self, func: cst.BaseExpression, owner: str | None, patterns: Sequence[str]) -> bool:
        """The receiver of a method call is one a model rules out by its dotted or qualified name, what made it,
        or the module's class it is an instance of and that class's bases (a web framework's session dict
        `request.session` or `flask.session` is no HTTP session; `SafeFormatter(ctx)` is no format string)."""
        qualified = self.a.names.qualname(func.value) if type(func) is cst.Attribute else None
        maker = self.maker(func.value) if type(func) is cst.Attribute else None  # sandbox = SandboxedEnvironment()
        # an instance of a class of this module, by its name and its bases (SafeFormatter(context), a Formatter)
        cls = instance_class(self, func.value) if type(func) is cst.Attribute else None
        bases = (cls, *self.a.bases.get(cls, ())) if cls is not None else ()
        return any(name is not None and _matches(name, patterns) for name in (owner, qualified, maker, *bases))

    def runs(self, func: cst.BaseExpression) -> bool:
        """Whether a runner's argument is a function the analysis can follow or a model knows (not data)."""
        if type(func) is not cst.Name and type(func) is not cst.Attribute:
            return False
        return self.local_function(func) is not None or self.a.names.qualname(func) is not None

    def made_by_call(self, func: cst.BaseExpression) -> str | None:
        """The qualified callee of the call a method is called on (`loguru.logger.bind` of
        `logger.bind(room=r).info`): what names the receiver where no name holds it."""
        if type(func) is not cst.Attribute or type(func.value) is not cst.Call:
            return None
        return self.a.names.qualname(func.value.func)

    def deferred(self, func: cst.Attribute) -> bool:
        """Whether `func` is a deferred call of the models (`task.delay`, an actor's `send`) on a function of this
        module or of the project: `sock.send(data)` or a library signal's `send(sender)` is none."""
        if func.attr.value not in self.a.known["deferred-calls"]:
            return False
        local = self.local_function(func.value)
        if local is not None:
            return local[1] is None  # a function, not a class (Mailer.send(msg) is a method of Mailer)
        qualified = self.a.names.qualname(func.value)
        project = self.a.project
        if qualified is None or project is None:
            return False
        qualified = absolute_name(self.a.package, qualified)
        return project.project.defines(qualified) and not project.method_names(qualified)

    def local_function(self, func: cst.BaseExpression) -> tuple[cst.FunctionDef, str | None, bool] | None:
        if type(func) is cst.Name:
            if self.a.names.lookup(func.value) is not None:
                return None
            if func.value in self.a.functions:
                return self.a.functions[func.value], None, False
            if (nested := self.nested_function(func.value)) is not None:
                return nested, None, False
            if func.value in self.a.classes and "__init__" in self.a.classes[func.value]:
                return self.a.classes[func.value]["__init__"], func.value, True
            if func.value == "cls" and (init := local_method(self.a, self.a.current_class or "", "__init__")):
                return init[0], init[1], True  # cls(...) in a class method: the class's constructor
            made = self.a.instances.get(func.value)  # check = Rule(); check(x): Rule.__call__
            if made is not None and "__call__" in self.a.classes.get(made, {}):
                return self.a.classes[made]["__call__"], made, True
        if (
            type(func) is cst.Attribute
            and type(func.value) is cst.Name
            and func.value.value in ("self", "cls")
            and self.a.current_class
        ):
            found = local_method(self.a, self.a.current_class, func.attr.value)
            if found is not None:
                return found[0], found[1], True
        if type(func) is cst.Attribute and type(func.value) is cst.Name and func.value.value in self.a.classes:
            # Exporter.quoted(x): a static or class method called on its class (no instance is the receiver)
            method = self.a.classes[func.value.value].get(func.attr.value)
            if method is not None and class_level(method):
                return method, func.value.value, True
        cls = instance_class(self, func.value) if isinstance(func, cst.Attribute) else None
        if cls is not None and isinstance(
            func, cst.Attribute
        ):  # link.page(), Link(request).page(), Filter().where(x).sql(); also a method its base defines
            found = local_method(self.a, cls, func.attr.value)
            if found is not None:
                return found[0], found[1], True
        return None

    def instance_method(self, func: cst.BaseExpression) -> str | None:
        """`Class.method` for a method called on an instance a call made: `req = Req(request); req.arg`,
        `Req(request).arg` (the qualified name of what made it, then the method)."""
        if type(func) is not cst.Attribute:
            return None
        made_by = self.maker(func.value)
        if made_by:
            return f"{made_by}.{func.attr.value}"
        # client.chat.completions.create(...) after client = OpenAI(): a method of an object the instance holds
        # under constant attributes, named through them (openai.OpenAI.chat.completions.create)
        path = [func.attr.value]
        owner = func.value
        while type(owner) is cst.Attribute and len(path) < 4:
            path.append(owner.attr.value)
            owner = owner.value
            if type(owner) is cst.Name or type(owner) is cst.Call or self_attr(owner):
                made_by = self.maker(owner)
                return ".".join((made_by, *reversed(path))) if made_by else None
        return None

    def passed_to_query(self, label: Label, actual: Taint, passed: Callable[[int], cst.BaseExpression | None]) -> Taint:
        """What a call's argument does at a callee's `literal-ok` sink its parameter `label` reaches
        (querydocs.py: a display built here, a JSON document under a field)."""
        return reread(label, actual, passed(label.param)) if any(c[:1] == "#" for c in label.cleared) else actual

    def called_instance(self, func: cst.BaseExpression) -> str | None:
        """`Class.__call__` for an instance called as a function, when a model names that a sink: `evaluate(expr)`
        after `evaluate = etree.XPathEvaluator(doc)` evaluates the expression it is given."""
        made_by = self.a.made_by.get(func.value) if type(func) is cst.Name else None
        called = f"{made_by}.__call__" if made_by else None
        return called if called is not None and called in self.a.sink_calls else None

    def inherited(self, func: cst.BaseExpression) -> list[str]:
        """`Base.method` for each imported base of the class being walked, for `self.method` that the class
        does not define itself (a method of the library class it extends)."""
        cls = self.a.current_class
        if type(func) is not cst.Attribute or type(func.value) is not cst.Name or func.value.value != "self":
            return []
        if cls is None or func.attr.value in self.a.classes.get(cls, {}):
            return []
        return [f"{base}.{func.attr.value}" for base in self.a.bases.get(cls, ()) if "." in base]

    def maker(self, owner: cst.BaseExpression) -> str | None:
        """The qualified name of the call that made an object: `req` after `req = Req(request)`, `Req(request)`."""
        if type(owner) is cst.Name:
            through = self.a.memo.get(MADE_THROUGH)  # engine = index.as_query_engine() (receivers.bind)
            found = self.a.made_by.get(owner.value) or (through.get(owner.value) if through else None)
            return found or self.imported_instance(owner)
        if type(owner) is cst.Call:
            return self.a.names.qualname(owner.func) or self.makers.get(id(owner))
        if type(owner) is cst.BinaryOperation and type(owner.operator) is cst.BitOr:
            return self.pipeline(owner)
        if type(owner) is cst.Attribute and type(owner.value) is cst.Name and owner.value.value == "self":
            # self.repository.find(x) after self.repository = MandateRepository(...): a class of another module
            held = self.a.memo.get((HELD_INSTANCES, self.a.current_class or ""), {}).get(owner.attr.value)
            if held is not None and held not in self.a.classes:  # self.http = requests.Session(): by its module
                first, _, rest = held.partition(".")
                named = self.a.names.qualname(cst.Name(first))
                return f"{named}.{rest}" if named is not None and rest else named
        return None

    def pipeline(self, owner: cst.BinaryOperation) -> str | None:
        """`prompt | ChatOpenAI() | StrOutputParser()`: a pipeline of library objects (LangChain's runnables) named
        by what made each, joined by `|`, so that a model's patterns find what runs in it; None when a part is
        of no library's making (`a | b` of sets, flags, dicts)."""
        parts = []
        for side in (owner.left, owner.right):
            made = self.maker(side)
            if made is None or "." not in made:
                return None
            parts.append(made)
        return "|".join(parts)

    def imported_instance(self, name: cst.Name) -> str | None:
        """What made an object another module of the project binds at its top level, imported here (`s3` of
        `from .storage import s3`, where `s3 = boto3.client("s3")`), or bound by the module of a function
        being summarised whose top-level call the summary does not keep: the call's qualified name."""
        if self.a.project is None or name.value in self.a.bindings:
            return None
        qualified = self.a.names.qualname(name)
        if qualified is None and self.a.home is not None and not self.a.names.is_bound(name.value):
            qualified = f"{self.a.home}.{name.value}"  # (a parameter or a local of the function is bound)
        if qualified is None:
            return None
        module, _, bound = absolute_name(self.a.package, qualified).rpartition(".")
        outline = self.a.project.project.summary(module) if module else None
        made = outline.stands_for.get(bound, ()) if outline is not None and bound not in outline.spans else ()
        return made[0][:-2] if len(made) == 1 and made[0].endswith("()") else None

    def remote(
        self, func: cst.BaseExpression, tainted: bool, given: Taint | None = None, callbacks: Callbacks = ()
    ) -> Callee | None:
        """The summary of a callee in another module of the project (`tainted`: whether the call passes a
        tainted value, its receiver included; `given`: the taint of its arguments, None when unsaid;
        `callbacks`: the sink functions it is given, callbacks.py): a function or class imported here, or a
        method of an instance made by one (`req = Req(request); req.arg("q")`, `Req(request).arg("q")`)."""
        if self.a.project is None:
            return None
        if type(func) is cst.Name and func.value in self.a.classes and self.a.names.lookup(func.value) is None:
            # Escalate(request) of a class of this module whose constructor is a base's of another module:
            # the instance holds what that __init__ stores, per attribute
            for base in foreign_bases(self.a, func.value) if not local_method(self.a, func.value, "__init__") else ():
                found = self.a.project.callee(absolute_name(self.a.package, base), tainted, self.a.depth + 1)
                if found is not None and found.constructor:
                    return found
        made_by = self.a.made_by.get(func.value) if type(func) is cst.Name else None
        called = f"{made_by}.__call__" if made_by else None  # check = Rule(); check(x): Rule.__call__
        qualified = self.instance_method(func) or called or self.a.names.qualname(func) or self.table_entry(func)
        if type(func) is cst.Attribute and is_super(func.value):
            qualified = None  # super().name(...): the bases' method, found below
        if qualified is None and tainted and type(func) is cst.Attribute and chain_maker(self, func.value):
            qualified = self.instance_method(func)  # Select(t).where(a).where(tainted)
        if qualified is None:
            context = self.self_context()
            upward = type(func) is cst.Attribute and is_super(func.value)  # an override extending its base's
            # self.keep_desk() in a method summarised for its receiver, of a class deriving from no library's:
            # what the method reached does with the receiver's attributes (each known where the instance is
            # made) is what the summarised one does, one step (under a library base, a Django form's, the
            # instance is the data it was made with, so any attribute would be)
            bare = given is not None and not given and self.a.home is not None and self.a.current_class is not None
            bare = bare and self.a.project.own_hierarchy(f"{self.a.home}.{self.a.current_class}")
            # self.get(...) in a class-based view's post(): another handler of the view, whose answer the call
            # returns (a page it renders, not the values it is given), whatever it is given
            handler = given is not None and self._handler(func)
            if not (self._passes(given) or context or bare or handler) or (self.a.stepped and not upward):
                # self.name() given nothing tainted, in a class whose self holds no request: what it does
                # with the object's own attributes is the object's, not the caller's (most self calls); and a
                # method reached by a call on self does not follow its own (one step on the same object)
                return None
            depth = self.a.depth if self.a.home else self.a.depth + 1
            for own in self.own_methods(func):  # self.query(sql): a method of the instance's class or bases
                found = self.a.project.callee(own, tainted, depth, context, stepped=self.a.stepped or not upward)
                if found is not None:
                    return found
            return None
        qualified = absolute_name(self.a.package, qualified)
        return self.a.project.callee(qualified, tainted, self.a.depth + 1, callbacks=callbacks)

    def _handler(self, func: cst.BaseExpression) -> bool:
        """`self.get` in a class whose library base makes what that method returns a response (a model's
        `returns-of-methods`: `flask.views.MethodView.get`): a handler of the same view."""
        cls = self.a.current_class
        if cls is None or type(func) is not cst.Attribute or type(func.value) is not cst.Name:
            return False
        if func.value.value != "self":
            return False
        methods = [f"{base}.{func.attr.value}" for base in self.a.bases.get(cls, [])]
        return any(
            s.how == "returns-of-methods" and not s.classes_marked and any(_matches(m, s.patterns) for m in methods)
            for s in self.a.return_models
        )

    def _passes(self, given: Taint | None) -> bool:
        """Whether a call on self passes a value that can matter to the method it reaches: one made of a
        source (`self.query(f"... {request.GET['q']}")`) or, in a method summarised for a caller, of a
        parameter (`self.query(f"... {name}")`). The request object itself, or a parameter handed on as it
        was given (`self.get_form(request, obj)`), is how a class passes its context from method to method:
        what the method reached reads of it is judged where the class's own code reads it."""
        if given is None:
            return True
        return any(_made_of(label, self.a.home is not None) for label in given)

    def remote_property(self, expr: cst.Attribute) -> bool:
        """`self.next_url`, `req.locale`: a @property getter of a class of another module of the project (a
        base of the class being walked, the class of a method summarised alone, the class that made a name)."""
        project, name = self.a.project, expr.attr.value
        if project is None:
            return False
        owner, cls = expr.value, self.a.current_class
        if type(owner) is cst.Name and owner.value == "self" and cls is not None:
            if name in self.a.classes.get(cls, {}):
                return False
            if self.a.home is not None:
                classes = [f"{self.a.home}.{cls}"]
            else:
                classes = [b for b in self.a.bases.get(cls, ()) if b and b not in self.a.classes]
        else:
            made = self.maker(owner)
            classes = [made] if made is not None else []
        return any(project.is_property(absolute_name(self.a.package, c), name) for c in classes)

    def table_entry(self, func: cst.BaseExpression) -> str | None:
        """`HANDLERS["banner"]` of a dispatch table another module of the project defines: the function it
        holds under that key (another key, or one chosen at run time, is not followed: any entry may run)."""
        project = self.a.project
        if project is None or type(func) is not cst.Subscript or len(func.slice) != 1:
            return None
        index = func.slice[0].slice
        key = constant_value(index.value) if type(index) is cst.Index else None
        table = self.a.names.qualname(func.value) if isinstance(key, str) else None
        if table is None or not isinstance(key, str):
            return None
        return project.table_entry(absolute_name(self.a.package, table), key)

    def own_attribute(self, owner: cst.BaseExpression, name: str) -> bool:
        """Whether the code of the project's class of an object (made here by a class of this module or of
        another module) sets `self.name`: then it is the object's own value, not one a library base fills in
        (`form.cleaned_data`)."""
        cls = instance_class(self, owner)
        if cls is not None:
            seen: set[str] = set()
            todo = [cls]
            while todo:
                current = todo.pop()
                if current in seen or current not in self.a.classes:
                    continue
                seen.add(current)
                if name in assigned_in(self.a, current):
                    return True
                todo.extend(self.a.bases.get(current, ()))
            return False
        made = self.maker(owner)
        project = self.a.project
        return made is not None and project is not None and project.assigns(absolute_name(self.a.package, made), name)

    def self_context(self) -> tuple[str, ...]:
        """The library bases of the class being walked that a model says give `self` attributes of data
        (`self.request` of a Django view): a method its mixin of another module defines runs on such a
        `self` (within a method summarised alone: the context it was summarised for)."""
        if self.a.home is not None:
            return self.a.context
        bases = self.a.bases.get(self.a.current_class or "", [])
        wanted = [s.subclass_of for s in self.a.self_models]
        return tuple(sorted({b for b in bases if b and any(_matches(b, sub) for sub in wanted)}))

    def own_methods(self, func: cst.BaseExpression) -> list[str]:
        """The qualified names `self.name(...)`, `cls.name(...)` or `super().name(...)` may call in a class
        whose method is not in this analysis: the class's own (a function of another module is summarised
        alone, its class's other methods are not parsed) or, for a class of this module, those its bases of
        other modules define (the nearest base that defines it is found by the summaries)."""
        cls = self.a.current_class
        if cls is None or type(func) is not cst.Attribute:
            return []
        owner = func.value
        upward = is_super(owner)
        if not upward and (type(owner) is not cst.Name or owner.value not in ("self", "cls")):
            return []
        name = func.attr.value
        if not upward and self.a.home is not None:
            return [f"{self.a.home}.{cls}.{name}"]
        bases = [absolute_name(self.a.package, b) for b in self.a.bases.get(cls, ()) if b]
        if self.a.home is not None:  # super() in a class of another module: its bases, there
            return [f"{b}.{name}" if "." in b else f"{self.a.home}.{b}.{name}" for b in bases]
        return [f"{b}.{name}" for b in bases if "." in b and b not in self.a.classes]


def _made_of(label: Label, summarised: bool) -> bool:
    """A value made of a source, or (in a method summarised for a caller) of a parameter or read from an
    attribute of the receiver, not the request object or the parameter as it is."""
    if label.kind == "param" and label.param == 0 and label.origin.startswith("self."):
        return True  # self.actor: a value the instance holds, which its maker's arguments decide
    if label.kind == "param":
        return summarised and (len(label.steps) > 1 or bool(label.cleared))
    return OBJECT not in label.cleared


def _defs(block: cst.BaseSuite) -> dict[str, cst.FunctionDef]:
    """The function definitions among a block's statements and those of its compound statements (not inside
    nested functions or classes): only statements are read, not expressions."""
    found: dict[str, cst.FunctionDef] = {}
    stack: list[cst.CSTNode] = [block]
    while stack:
        node = stack.pop()
        kind = type(node)
        if type(node) is cst.FunctionDef:
            found[node.name.value] = node
        elif kind is cst.IndentedBlock or kind is cst.SimpleStatementSuite:
            stack.extend(node.body)  # type: ignore[attr-defined]
        elif kind in _COMPOUND:
            stack.extend(c for c in children(node) if type(c) in _BLOCKS)
    return found


def _binds(fn: cst.FunctionDef, name: str) -> int:
    """How many times `fn` binds `name` in its own scope (its parameters included)."""
    params = fn.params
    every = (*params.posonly_params, *params.params, *params.kwonly_params, params.star_arg, params.star_kwarg)
    count = sum(1 for p in every if isinstance(p, cst.Param) and p.name.value == name)
    return count + sum(bound_names(node).count(name) for node in scope_nodes(fn.body))


# statements holding blocks of statements, and the parts of them that hold one
_COMPOUND = frozenset(
    {
        cst.If,
        cst.Else,
        cst.For,
        cst.While,
        cst.Try,
        cst.TryStar,
        cst.ExceptHandler,
        cst.ExceptStarHandler,
        cst.Finally,
        cst.With,
        cst.Match,
        cst.MatchCase,
    }
)
_BLOCKS = frozenset(
    {
        cst.IndentedBlock,
        cst.SimpleStatementSuite,
        cst.If,
        cst.Else,
        cst.ExceptHandler,
        cst.ExceptStarHandler,
        cst.Finally,
        cst.MatchCase,
    }
)
