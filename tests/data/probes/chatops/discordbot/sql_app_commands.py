# family: sql 89
"""Discord slash (application) commands: discord.py passes a Literal's or a Choice's value on as it came."""

import enum
import sqlite3
from typing import Literal

import discord
from discord import app_commands

db = sqlite3.connect("/srv/opsbot/deploys.db", check_same_thread=False)


class Env(enum.Enum):
    staging = "staging"
    prod = "prod"


class OpsClient(discord.Client):
    def __init__(self) -> None:
        super().__init__(intents=discord.Intents.default())
        self.tree = app_commands.CommandTree(self)


client = OpsClient()


@client.tree.command(name="deploys")
async def vuln_last_deploys(interaction: discord.Interaction, env: Literal["staging", "prod"]):
    rows = db.execute(f"SELECT sha, who FROM deploys WHERE env = '{env}' ORDER BY at DESC LIMIT 5").fetchall()  # sink
    await interaction.response.send_message(str(rows))


@client.tree.command(name="deploys-safe")
async def safe_last_deploys(interaction: discord.Interaction, env: Env):
    rows = db.execute(f"SELECT sha, who FROM deploys WHERE env = '{env.value}' ORDER BY at DESC LIMIT 5").fetchall()
    await interaction.response.send_message(str(rows))


@client.tree.command(name="owner")
@app_commands.choices(team=[app_commands.Choice(name="Payments", value="payments"), app_commands.Choice(name="Core", value="core")])
async def vuln_owner(interaction: discord.Interaction, team: app_commands.Choice[str]):
    row = db.execute("SELECT lead FROM teams WHERE slug = '%s'" % team.value).fetchone()  # sink
    await interaction.response.send_message(str(row))


@client.tree.command(name="owner-safe")
@app_commands.choices(team=[app_commands.Choice(name="Payments", value="payments"), app_commands.Choice(name="Core", value="core")])
async def safe_owner(interaction: discord.Interaction, team: app_commands.Choice[str]):
    row = db.execute("SELECT lead FROM teams WHERE slug = ?", (team.value,)).fetchone()
    await interaction.response.send_message(str(row))


@app_commands.command(name="history")
async def vuln_history(interaction: discord.Interaction, service: str):
    rows = db.execute("SELECT sha FROM deploys WHERE service = '" + service + "'").fetchall()  # sink
    await interaction.response.send_message(str(rows))


@app_commands.command(name="history-safe")
async def safe_history(interaction: discord.Interaction, service: str):
    rows = db.execute("SELECT sha FROM deploys WHERE service = ?", (service,)).fetchall()
    await interaction.response.send_message(str(rows))
