# family: ssrf 918
"""The Telegram bot the on-call engineers use from their phones."""

import os
from urllib.parse import urlparse

import httpx
from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, ContextTypes, MessageHandler, filters

PROBE_HOSTS = frozenset({"status.ops.internal", "grafana.ops.internal"})


async def vuln_probe(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    url = context.args[0]
    async with httpx.AsyncClient() as http:
        answer = await http.get(url, timeout=5)  # sink
    await update.message.reply_text(f"{answer.status_code}")


async def safe_probe(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    url = context.args[0]
    if urlparse(url).hostname not in PROBE_HOSTS:
        await update.message.reply_text("host not allowed")
        return
    async with httpx.AsyncClient() as http:
        answer = await http.get(url, timeout=5)
    await update.message.reply_text(f"{answer.status_code}")


async def vuln_webhook_test(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    target = update.message.text.split(maxsplit=1)[1]
    httpx.post(target, json={"test": True}, timeout=5)  # sink
    await update.message.reply_text("sent")


async def safe_webhook_test(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    target = update.message.text.split(maxsplit=1)[1]
    if urlparse(target).hostname not in PROBE_HOSTS:
        return
    httpx.post(target, json={"test": True}, timeout=5)
    await update.message.reply_text("sent")


async def vuln_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    await query.answer()
    httpx.get(f"http://{query.data}/metrics", timeout=5)  # sink


async def safe_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    await query.answer()
    if query.data not in PROBE_HOSTS:
        return
    httpx.get(f"http://{query.data}/metrics", timeout=5)


def main() -> None:
    application = Application.builder().token(os.environ["TELEGRAM_TOKEN"]).build()
    application.add_handler(CommandHandler("probe", vuln_probe))
    application.add_handler(CommandHandler("probesafe", safe_probe))
    application.add_handler(MessageHandler(filters.Regex("^/hook "), vuln_webhook_test))
    application.add_handler(MessageHandler(filters.Regex("^/hooksafe "), safe_webhook_test))
    application.add_handler(CallbackQueryHandler(vuln_button, pattern="^metrics"))
    application.add_handler(CallbackQueryHandler(safe_button, pattern="^safe"))
    application.run_polling()
