# family: sql 89
from aws_lambda_powertools.event_handler import APIGatewayRestResolver

from .db import connect

app = APIGatewayRestResolver()


@app.get("/accounts/<account_id>/elections")
def vuln_account_elections(account_id: str):
    rows = connect().execute(f"SELECT event_id, choice FROM elections WHERE account = '{account_id}'").fetchall()  # sink
    return {"elections": [dict(zip(("event", "choice"), row)) for row in rows]}


@app.get("/accounts/<account_id>/entitlements")
def safe_account_entitlements(account_id: str):
    rows = connect().execute("SELECT event_id, units FROM entitlements WHERE account = ?", (account_id,)).fetchall()
    return {"entitlements": [dict(zip(("event", "units"), row)) for row in rows]}


def lambda_handler(event, context):
    return app.resolve(event, context)
