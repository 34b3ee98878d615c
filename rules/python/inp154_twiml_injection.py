"""TwiML (Twilio's XML call instructions) built by string formatting from unescaped values."""

import libcst as cst
from guidelint.cst import Context, Rule, RuleMeta, assigned_value, dotted, imports_module, variable_parts

# calls whose result is safe inside XML text
ESCAPES = ("escape", "quoteattr", "xml_escape", "int", "len")


class TwimlInjection(Rule):
    meta = RuleMeta.of(
        id="INP154",
        clause="SG-5.6",
        title="TwiML built from unescaped values",
        severity="medium",
        confidence="medium",
        cwe=[91],
        owasp="A03:2021-Injection",
        message="twiml= is XML built from {value} without escaping; a value with markup adds instructions to the call",
        rationale=(
            "TwiML tells Twilio what to do on a call or message: <Say>, <Dial>, <Record>, <Redirect>. A value "
            "formatted into it unescaped can close the element and add its own instructions - forward the "
            "call to another number, record it, or read out data - so a client's name or a message text "
            "controls the company's telephony."
        ),
        remediation=(
            "Build TwiML with twilio.twiml (VoiceResponse().say(text)), which escapes values, or escape each "
            "value with xml.sax.saxutils.escape / html.escape before formatting it in."
        ),
        references=(
            "https://www.twilio.com/docs/voice/twiml",
            "https://www.twilio.com/docs/libraries/reference/twilio-python/",
        ),
    )
    nodes = (cst.Arg,)
    needles = ("twiml",)

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        if not isinstance(node, cst.Arg) or node.keyword is None or node.keyword.value != "twiml":
            return
        if not imports_module(ctx, "twilio"):
            return
        value = node.value
        if isinstance(value, cst.Name):  # twiml = TEMPLATE.format(msg) above
            value = assigned_value(ctx, value.value, node) or value
        parts = variable_parts(value)
        if (
            parts is None
            and isinstance(value, cst.Call)
            and isinstance(value.func, cst.Attribute)
            and value.func.attr.value == "format"
        ):  # TEMPLATE.format(msg) with the template in a constant
            parts = [a.value for a in value.args]
        unescaped = [p for p in parts or [] if not _escaped(p)]
        if unescaped:
            ctx.report(node, self.meta.message.format(value=f"`{ctx.code(unescaped[0])}`"))

    flagged = """
        from twilio.rest import Client

        client = Client("sid", "token")
        SAY = "<Response><Say>{}</Say></Response>"

        def remind(to, name):
            client.calls.create(twiml=f"<Response><Say>Hi {name}</Say></Response>", to=to, from_="+1555")  # expect

        def notify(to, text):
            twiml = SAY.format(text)
            client.calls.create(twiml=twiml, to=to, from_="+15550100")  # expect
    """
    safe = """
        from xml.sax.saxutils import escape

        from twilio.rest import Client
        from twilio.twiml.voice_response import VoiceResponse

        client = Client("sid", "token")

        def remind(to, name):
            client.calls.create(twiml=f"<Response><Say>Hi {escape(name)}</Say></Response>", to=to, from_="+1555")

        def notify(to, text):
            response = VoiceResponse()
            response.say(text)
            client.calls.create(twiml=str(response), to=to, from_="+15550100")
            client.calls.create(twiml="<Response><Hangup/></Response>", to=to, from_="+15550100")
    """


def _escaped(value: cst.BaseExpression) -> bool:
    return isinstance(value, cst.Call) and (dotted(value.func) or "").rsplit(".", 1)[-1] in ESCAPES
