# family: path 22 23 36 73 99
"""The Teams bot's "fetch a log" card."""

from pathlib import Path

from botbuilder.core import ActivityHandler, TurnContext

LOGS = Path("/var/log/services")


class VulnLogBot(ActivityHandler):
    async def on_message_activity(self, turn_context: TurnContext):
        name = turn_context.activity.value["log"]
        body = (LOGS / name).read_text()  # sink
        await turn_context.send_activity(body[-2000:])


class SafeLogBot(ActivityHandler):
    async def on_message_activity(self, turn_context: TurnContext):
        name = turn_context.activity.value["log"]
        target = (LOGS / name).resolve()
        if not target.is_relative_to(LOGS):
            await turn_context.send_activity("no such log")
            return
        await turn_context.send_activity(target.read_text()[-2000:])
