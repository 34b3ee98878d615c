# family: cmd 78
"""Telegram commands that run things: the arguments after the command are the sender's."""

import shlex
import subprocess

from telegram import Update
from telegram.ext import CommandHandler, ContextTypes

ADMINS = frozenset({11111111, 22222222})


async def vuln_kill_query(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    pid = " ".join(context.args)
    subprocess.run(f"psql -c 'SELECT pg_cancel_backend({pid})'", shell=True, check=True)  # sink
    await update.message.reply_text("cancelled")


async def safe_kill_query(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    pid = int(context.args[0])
    subprocess.run(f"psql -c 'SELECT pg_cancel_backend({pid})'", shell=True, check=True)
    await update.message.reply_text("cancelled")


async def vuln_grep_logs(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    needle = update.effective_message.text.partition(" ")[2]
    out = subprocess.check_output(f"grep -F {needle} /var/log/app.log | tail -20", shell=True, text=True)  # sink
    await update.effective_message.reply_text(out)


async def safe_grep_logs(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    needle = update.effective_message.text.partition(" ")[2]
    out = subprocess.check_output(f"grep -F {shlex.quote(needle)} /var/log/app.log | tail -20", shell=True, text=True)
    await update.effective_message.reply_text(out)


HANDLERS = [
    CommandHandler("kill", vuln_kill_query),
    CommandHandler("killsafe", safe_kill_query),
    CommandHandler("grep", vuln_grep_logs),
    CommandHandler("grepsafe", safe_grep_logs),
]
