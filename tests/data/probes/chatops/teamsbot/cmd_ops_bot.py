# family: cmd 78
"""The Microsoft Teams bot: a message's text and an Adaptive Card's submitted values."""

import asyncio
import shlex
import subprocess

from botbuilder.core import ActivityHandler, MessageFactory, TurnContext

ENVIRONMENTS = ("staging", "prod")


class VulnPingBot(ActivityHandler):
    async def on_message_activity(self, turn_context: TurnContext):
        text = (turn_context.activity.text or "").strip()
        if text.startswith("ping "):
            await self.ping_hosts(turn_context, text[5:])

    async def ping_hosts(self, turn_context: TurnContext, pattern: str):
        out = subprocess.run(f"ansible {pattern} -i inventory.ini -m ping", shell=True, capture_output=True, text=True)  # sink
        await turn_context.send_activity(MessageFactory.text(out.stdout[-1500:]))


class SafePingBot(ActivityHandler):
    async def on_message_activity(self, turn_context: TurnContext):
        text = (turn_context.activity.text or "").strip()
        if text.startswith("ping "):
            await self.ping_hosts(turn_context, text[5:])

    async def ping_hosts(self, turn_context: TurnContext, pattern: str):
        out = subprocess.run(["ansible", pattern, "-i", "inventory.ini", "-m", "ping"], capture_output=True, text=True)
        await turn_context.send_activity(MessageFactory.text(out.stdout[-1500:]))


class SafeScaleBot(ActivityHandler):
    async def on_message_activity(self, turn_context: TurnContext):
        card = turn_context.activity.value or {}
        replicas = int(card.get("replicas", 1))
        deployment = card.get("deployment", "")
        if card.get("env") not in ENVIRONMENTS:
            return
        proc = await asyncio.create_subprocess_shell(f"kubectl scale deploy/{shlex.quote(deployment)} --replicas={replicas}")
        await proc.wait()


class VulnScaleBot(ActivityHandler):
    async def on_message_activity(self, turn_context: TurnContext):
        card = turn_context.activity.value or {}
        replicas = card.get("replicas", 1)
        deployment = card.get("deployment", "")
        if card.get("env") not in ENVIRONMENTS:
            return
        proc = await asyncio.create_subprocess_shell(f"kubectl scale deploy/{shlex.quote(deployment)} --replicas={replicas}")  # sink
        await proc.wait()
