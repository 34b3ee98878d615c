# family: ssrf 918
import requests
from aws_lambda_powertools.event_handler import APIGatewayRestResolver

app = APIGatewayRestResolver()
FEEDS = {"dtcc": "https://feeds.dtcc.example/ca", "six": "https://feeds.six.example/ca"}


@app.get("/feeds/preview")
def vuln_feed_preview():
    source = app.current_event.get_query_string_value(name="source", default_value="")
    return {"preview": requests.get(source, timeout=5).text[:500]}  # sink


@app.get("/feeds/sample")
def safe_feed_sample():
    source = FEEDS.get(app.current_event.get_query_string_value(name="source", default_value=""), FEEDS["dtcc"])
    return {"preview": requests.get(source, timeout=5).text[:500]}


def lambda_handler(event, context):
    return app.resolve(event, context)
