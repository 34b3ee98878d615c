"""Round 37's causes (tests/data/probes/chatops): an operations team's chat-ops bot, where values enter as what a
chat platform hands a handler (Slack Bolt, Microsoft Bot Framework, discord.py, python-telegram-bot), each flagged
shape beside the safe one it differs from."""

from __future__ import annotations

from tests.taintfindings import findings


def test_slack_bolt_listener_payloads_are_the_senders() -> None:
    """A Bolt listener's command, event, message, body, action and view are what was typed or sent back; ack, say,
    respond, client and context are Bolt's."""
    code = """
        import os
        import requests
        from slack_bolt import App

        app = App(token="t", signing_secret="s")

        @app.command("/restart")
        def restart(ack, command, respond, context):
            ack()
            os.system("systemctl restart " + command["text"])
            os.system("systemctl restart " + context["bot_user_id"])

        @app.action("health")
        def health(ack, body, action):
            requests.get(body["actions"][0]["value"])
            requests.get("http://" + action["value"] + "/health")

        @app.view("logs")
        def logs(ack, view):
            open(os.path.join("/var/log", view["state"]["values"]["b"]["a"]["value"]))
    """
    assert findings(code) == [("INP401", 10), ("INP404", 20), ("INP405", 15), ("INP417", 16)]


def test_the_same_decorators_without_slack_bolt_are_no_source() -> None:
    """@bus.command of the company's own event bus, and a function taking an event and a message, give their
    parameters no source: the model is scoped to the library's decorators in modules importing it."""
    code = """
        import os
        from ops.bus import bus

        @bus.command("restart")
        def restart(command):
            os.system("systemctl restart " + command["text"])

        def on(event, message):
            os.system("echo " + event["text"] + message["text"])
    """
    assert findings(code) == []


def test_bot_framework_activity_is_the_users() -> None:
    """An ActivityHandler's turn_context.activity (text, an Adaptive Card's value) is the user's; a function of
    another class taking a turn_context is not judged by that model."""
    code = """
        import subprocess
        from botbuilder.core import ActivityHandler, TurnContext

        class Ops(ActivityHandler):
            async def on_message_activity(self, turn_context: TurnContext):
                subprocess.run("ansible " + turn_context.activity.text + " -m ping", shell=True)
                subprocess.run("kubectl scale --replicas=" + turn_context.activity.value["n"], shell=True)

        class Other:
            async def on_message_activity(self, turn_context):
                subprocess.run("ansible " + turn_context.activity.text, shell=True)
    """
    assert findings(code) == [("INP401", 6), ("INP401", 7)]


def test_discord_command_arguments_and_messages() -> None:
    """A prefix command's text argument and a message's content are the poster's; ext.commands converts an int, a
    Literal (it refuses other text) and an Enum; the context is the library's."""
    code = """
        import enum
        import subprocess
        from typing import Literal
        import discord
        from discord.ext import commands

        bot = commands.Bot(command_prefix="!", intents=discord.Intents.default())

        class Unit(enum.Enum):
            api = "api"
            worker = "worker"

        @bot.command()
        async def restart(ctx, service: str, n: int, kind: Literal["api", "worker"], unit: Unit):
            subprocess.run(f"systemctl restart {service}", shell=True)
            subprocess.run(f"scale {n} {kind} {unit.value} {ctx.prefix}", shell=True)

        @bot.event
        async def on_message(message):
            subprocess.run("dig " + message.content, shell=True)
            subprocess.run("echo " + str(message.author.id), shell=True)
    """
    assert findings(code) == [("INP401", 15), ("INP401", 20)]


def test_telegram_update_and_arguments() -> None:
    """A python-telegram-bot handler's update (message text, a callback query's data) and context.args are the
    sender's; the context's bot_data is the bot's."""
    code = """
        import httpx
        from telegram import Update
        from telegram.ext import ContextTypes

        async def probe(update: Update, context: ContextTypes.DEFAULT_TYPE):
            httpx.get(context.args[0])
            httpx.get(update.message.text)
            httpx.get(update.callback_query.data)
            httpx.get(context.bot_data["status_url"])
    """
    assert findings(code) == [("INP405", 6), ("INP405", 7), ("INP405", 8)]


def test_a_check_of_an_attribute_holds_for_that_attribute() -> None:
    """query.data not in HOSTS, then query.data read again: the attribute was tested (as an entry read by a
    constant key is); another attribute of the object, or the attribute after the name is bound again, was not."""
    code = """
        import httpx
        from telegram import Update

        HOSTS = frozenset({"a.internal", "b.internal"})

        async def tested(update: Update, context):
            query = update.callback_query
            if query.data not in HOSTS:
                return
            httpx.get(f"http://{query.data}/metrics")
            httpx.get(f"http://{query.chat_instance}/metrics")
            query = update.callback_query
            httpx.get(f"http://{query.data}/metrics")
    """
    assert findings(code) == [("INP417", 11), ("INP417", 13)]


def test_bolt_context_matches_and_discord_ctx_message() -> None:
    """Bolt's context["matches"] holds what a message listener's regular expression matched in the text, its other
    entries are Bolt's; a discord.py command's ctx.message is the message typed, its prefix the bot's."""
    code = """
        import os
        import re
        from slack_bolt import App

        app = App(token="t", signing_secret="s")

        @app.message(re.compile(r"^restart (.+)$"))
        def restart(context, say):
            os.system("systemctl restart " + context["matches"][0])
            os.system("systemctl restart " + context["bot_user_id"])
    """
    assert findings(code) == [("INP401", 9)]
    code = """
        import subprocess
        from discord.ext import commands

        bot = commands.Bot(command_prefix="!")

        @bot.command()
        async def kubectl(ctx):
            subprocess.run("kubectl " + ctx.message.content.split(maxsplit=1)[1], shell=True)
            subprocess.run("echo " + ctx.prefix, shell=True)
    """
    assert findings(code) == [("INP401", 8)]


def test_a_decorator_applied_by_a_call_decorates() -> None:
    """app.command("/drain")(drain) at the module's top level is @app.command("/drain") on drain: its parameters
    are Bolt's listener arguments; a function the module does not pass so stays a plain function."""
    code = """
        import os
        from slack_bolt import App

        app = App(token="t", signing_secret="s")

        def drain(ack, command):
            os.system("kubectl drain " + command["text"])

        def helper(ack, command):
            os.system("kubectl drain " + command["text"])

        app.command("/drain")(drain)
    """
    assert findings(code) == [("INP401", 7)]


def test_a_chat_model_leaves_a_mail_gateways_message_alone() -> None:
    """The discord.py model reads only a message's content; a mail gateway's helper taking a `message` parameter,
    in a module not importing discord, still logs every header of the received mail."""
    code = """
        import logging
        import mailbox

        log = logging.getLogger(__name__)

        def handle(message):
            log.error("headers: %s", "\\n".join(": ".join(kv) for kv in message.items()))

        def main():
            for message in mailbox.mbox("/var/mail/ops"):
                handle(message)
    """
    assert findings(code) == [("AUD401", 7)]
