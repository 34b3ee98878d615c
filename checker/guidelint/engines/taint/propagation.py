"""What the dataflow engine knows of methods and checks by their name alone: the sections of the models'
`propagators:` and `guards:` (docs/writing-taint-rules.md, "Propagation and checks"), merged over the
active packs."""

from __future__ import annotations

from dataclasses import dataclass, field

PROPAGATORS = {
    "pass-through": "methods whose result carries the data of the object they are called on",
    "lookups": "methods returning a value the container holds (not the key they are given)",
    "mutators": "methods that put their arguments into the object they are called on",
    "given-location": "methods whose result, when given an argument, is that argument made absolute with the "
    "server's own validated host (request.build_absolute_uri(location)); without one, the receiver's data",
    "decoders": "functions whose result holds characters their argument did not (unicodedata.normalize('NFKC', "
    "x) makes '.' and '/' of fullwidth forms, unquote makes them of %2e%2f): a check of the argument proves "
    "nothing of the result, which carries the argument's sources with none of its checks",
    "deferred-calls": "methods that call the function they are called on with their own arguments, later "
    "(a Celery task's render.delay(slug) runs render(slug) in a worker)",
    "named-calls": "methods that run the project's function registered under the name they are given (NAME:WHERE, "
    "WHERE its position or keyword) with the arguments packed as args=(...)/kwargs={...}: a Celery app's "
    "send_task('reports.stamp', args=[path]) runs the task registered as 'reports.stamp', in a worker",
    "named-registrations": "decorators that register a function under a name (NAME:KEYWORD, the keyword that names "
    "it; without it, the function's module and name): @app.task(name='reports.stamp')",
    "signal-sends": "methods of a signal object of the project that call every function registered for it with "
    "their own arguments (a Django signal's booked.send(sender=View, book=x))",
    "signal-receivers": "decorators that register a module-level function for the signal they are given, or a list "
    "of signals (NAME:WHERE, WHERE its position or keyword): @receiver(booked) in any module of the project",
    "runners": "calls that run a function they are given (NAME:WHERE, WHERE its position or keyword) with the "
    "arguments after it or packed as args=(...)/kwargs={...}: executor.submit(f, x) is f(x), in another thread; "
    "NAME:WHERE:LEAD when the runner passes LEAD arguments of its own first (session.execute_read(f, x): f(tx, x))",
    "registrations": "calls that register a function as a view (NAME:WHERE:DECORATOR, WHERE its position or "
    "keyword): router.add_api_route('/x', x) makes x a view as if decorated @router.api_route('/x'); "
    "NAME:WHERE:DECORATOR:MODULE only in a module importing MODULE (Gradio's button.click(f))",
    "converted-fields": "classes of form and serializer fields whose values arrive converted (a number, a date, "
    "one of the choices): an entry of the validated data under such a field carries nothing the client chose",
    "single-line-fields": "classes of form and serializer fields whose validated values hold no line break (an "
    "e-mail address, a slug, a URL): harmless to log and header sinks, but still any other text (a quote)",
    "loaders": "methods of a schema class that return the data they validated, per declared field "
    "(marshmallow's schema.load(payload))",
    "choice-validators": "classes of field validators that admit one of the constants they are given (OneOf)",
    "pattern-validators": "classes of field validators that admit values matching their pattern from the start "
    "(Regexp): anchored at its end, the pattern constrains the whole value",
    "request-forms": "base classes of form classes whose instances read the request's form themselves "
    "(Flask-WTF's FlaskForm()): `form.field.data` is the client's text, converted by the field's class (an "
    "IntegerField's is a number) and, once `form.validate()` passed, checked by the field's validators",
    "choice-fields": "classes of form fields whose validation admits only one of their `choices` (WTForms' "
    "SelectField): after the form's validation passed, the value is one of the server's choices",
    "search-validators": "classes of validators and form fields that admit a value in which their pattern is "
    "found (Django's RegexValidator and RegexField: re.search of the `regex`, its first argument), unless "
    "given inverse_match: anchored at both ends, the pattern constrains the whole value",
    "validating-models": "base classes and class decorators of models that validate each declared field by its "
    "annotation when built (pydantic's BaseModel): a field annotated as a converted type holds one",
    "validating-methods": "class methods of such a model that build a validated instance from data "
    "(Order.model_validate(body))",
    "validating-adapters": "calls making an object whose validating-methods build a validated instance of the "
    "class they are given (NAME:WHERE, WHERE its position or keyword): TypeAdapter(Order).validate_python(body)",
    "validating-calls": "functions that build an instance of the class they are given from data, each field "
    "checked or converted by its annotation (NAME:WHERE, WHERE the position or keyword of the class): "
    "msgspec.convert(body, Order)",
    "converted-types": "annotations of a validated model's fields whose values arrive converted (int, UUID, date, "
    "PositiveInt...): such a field carries nothing the client chose",
    "model-dumps": "methods of a model instance returning its fields as a dict, per key (order.model_dump())",
    "validated-data": "attributes of a form or serializer that hold its validated data per field (cleaned_data)",
    "counted-pairs": "methods of a counting object whose result pairs each item it holds with its count "
    "(Counter.most_common()): unpacked, the count is a number, harmless to every sink (list them under "
    "pass-through too: the pairs carry the object's items)",
    "repr-readers": "methods whose result str() writes as repr(): a list of texts (request.args.getlist('id')) "
    "or bytes (request.get_data()), so %s of it shows a line break as \\n (unless given as_text=)",
    "choosers": "calls returning one of the items of a collection they are given, whatever the client sends "
    "(NAME:WHERE, NAME qualified, WHERE the collection's position or keyword): Streamlit's selectbox resets a value "
    "that is none of its options, so st.selectbox('Sector', SECTORS) is one of SECTORS",
    "keyed-state": "calls that keep what they return in a store under the constant key a keyword gives "
    "(NAME:KEYWORD:STORE, NAME and STORE qualified): st.text_input('Desk', key='desk') keeps the client's text in "
    "st.session_state, read back as st.session_state.desk or st.session_state['desk']",
    "repeatable-reads": "methods that give the same value each time they are called without arguments on the same "
    "object (werkzeug's request.get_data(), whose body is cached): a check of one call holds for the next",
    "file-names": "attributes and methods of an uploaded file object, or of an archive read from one, that give "
    "names its sender chose (upload.filename, archive.namelist())",
}
GUARDS = {
    "exits": "calls that end the handler (abort(404)): a branch ending in one does not go on",
    "containment": "words in the name of a check that keeps paths and URLs where they belong",
    "validation": "words in the name of a check that keeps content (shell, SQL, HTML...) harmless",
    "character-class": "prefixes of a check that allows letters and digits only",
    "unnormalized": "calls that join a path without resolving '..' (os.path.join): a prefix test of what they "
    "return (path.startswith(BASE)) does not keep the path inside BASE",
    "self-checks": "methods by which an object checks itself against its declared fields (form.is_valid()): "
    "only those fields remain, but their content is not validated (a text field takes any text)",
    "single-line": "prefixes of a check that the value holds no line break (isprintable): it keeps log "
    "records and headers whole, and nothing else",
    "measures": "functions and methods giving a measure of a value (len(x), x.count('.')): equal to a constant, "
    "it says nothing of the value's text",
    "raising-conversions": "sanitizers that raise unless their argument has their format (int, "
    "date.fromisoformat): called as a statement, they validate the argument for what they make safe",
}


@dataclass
class Propagation:
    """What the engine knows of methods and checks by name (the models' `propagators:` and `guards:`)."""

    names: dict[str, frozenset[str]] = field(default_factory=dict)

    def __getitem__(self, section: str) -> frozenset[str]:
        return self.names.get(section, frozenset())

    def add(self, section: str, names: tuple[str, ...]) -> None:
        self.names[section] = self[section] | frozenset(names)

    def merge(self, other: Propagation) -> None:
        for section, names in other.names.items():
            self.add(section, tuple(names))
