# family: logsecret 532
"""Prompts built from a client's records, and the audit log of what was sent to the provider."""

import logging

from openai import OpenAI

client = OpenAI()
log = logging.getLogger("assistant.prompts")


def vuln_explain_payment(iban, question):
    prompt = f"The client's account {iban} shows a returned payment. {question}"
    log.info("prompt sent: %s", prompt)  # sink
    return client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": prompt}])


def safe_explain_payment(iban, question):
    prompt = f"The client's account {iban} shows a returned payment. {question}"
    log.info("prompt sent: %d characters", len(prompt))
    return client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": prompt}])
