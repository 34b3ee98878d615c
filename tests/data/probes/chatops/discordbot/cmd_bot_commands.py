# family: cmd 78
"""The Discord bot of the platform team: prefix commands and message handlers."""

import os
import shlex
import subprocess
from typing import Literal

import discord
from discord.ext import commands

bot = commands.Bot(command_prefix="!", intents=discord.Intents.default())


@bot.command()
async def vuln_restart(ctx: commands.Context, service: str):
    subprocess.run(f"sudo systemctl restart {service}", shell=True, check=True)  # sink
    await ctx.send(f"restarted {service}")


@bot.command()
async def safe_restart(ctx: commands.Context, service: Literal["api", "worker", "scheduler"]):
    subprocess.run(f"sudo systemctl restart {service}", shell=True, check=True)
    await ctx.send(f"restarted {service}")


@bot.command(name="tail")
async def vuln_tail(ctx: commands.Context, *, unit: str):
    out = subprocess.getoutput(f"journalctl -u {unit} -n 30")  # sink
    await ctx.send(f"```{out}```")


@bot.command(name="tail-safe")
async def safe_tail(ctx: commands.Context, *, unit: str):
    out = subprocess.getoutput(f"journalctl -u {shlex.quote(unit)} -n 30")
    await ctx.send(f"```{out}```")


@bot.command(name="kubectl")
async def vuln_kubectl(ctx: commands.Context):
    args = ctx.message.content.split(maxsplit=1)[1]
    out = subprocess.run("kubectl --context ops " + args, shell=True, capture_output=True, text=True)  # sink
    await ctx.send(f"```{out.stdout[-1800:]}```")


@bot.command(name="kubectl-safe")
async def safe_kubectl(ctx: commands.Context):
    args = ctx.message.content.split(maxsplit=1)[1]
    out = subprocess.run(["kubectl", "--context", "ops", *shlex.split(args)], capture_output=True, text=True)
    await ctx.send(f"```{out.stdout[-1800:]}```")


@bot.event
async def on_message(message: discord.Message):
    if message.author.bot:
        return
    if message.content.startswith("!dig "):
        await vuln_dig(message)
    elif message.content.startswith("!digsafe "):
        await safe_dig(message)
    await bot.process_commands(message)


async def vuln_dig(message: discord.Message):
    name = message.content[5:]
    out = os.popen("dig +short " + name).read()  # sink
    await message.channel.send(out)


async def safe_dig(message: discord.Message):
    name = message.content[9:]
    out = subprocess.run(["dig", "+short", "--", name], capture_output=True, text=True).stdout
    await message.channel.send(out)
