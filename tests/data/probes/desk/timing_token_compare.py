# family: timing 208 385
import hmac

from flask import Flask, abort, request

app = Flask(__name__)
WEBHOOK_SECRET = app.config.get("WEBHOOK_SECRET", "")


@app.post("/webhooks/billing")
def vuln_billing_webhook():
    signature = hmac.new(WEBHOOK_SECRET.encode(), request.data, "sha256").hexdigest()
    if request.headers.get("X-Signature", "") != signature:  # sink
        abort(403)
    return "ok"


@app.post("/webhooks/billing/safe")
def safe_billing_webhook():
    signature = hmac.new(WEBHOOK_SECRET.encode(), request.data, "sha256").hexdigest()
    if not hmac.compare_digest(request.headers.get("X-Signature", ""), signature):  # sink
        abort(403)
    return "ok"


@app.get("/feeds/private")
def vuln_private_feed():
    token = request.args.get("token", "")
    if token == app.config["FEED_TOKEN"]:  # sink
        return "feed"
    abort(403)
