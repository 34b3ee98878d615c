# family: redirect 601
from urllib.parse import urlparse

from aws_lambda_powertools.event_handler import APIGatewayRestResolver, Response

app = APIGatewayRestResolver()


@app.get("/sso/return")
def vuln_sso_return():
    target = app.current_event.get_query_string_value(name="next", default_value="/")
    return Response(status_code=302, headers={"Location": target}, body="")  # sink


@app.get("/sso/back")
def safe_sso_back():
    target = app.current_event.get_query_string_value(name="next", default_value="/")
    if urlparse(target).netloc or not target.startswith("/") or target.startswith("//"):
        target = "/"
    return Response(status_code=302, headers={"Location": target}, body="")


def lambda_handler(event, context):
    return app.resolve(event, context)
