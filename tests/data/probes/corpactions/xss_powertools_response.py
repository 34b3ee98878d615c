# family: xss 79 80
import html

from aws_lambda_powertools.event_handler import APIGatewayRestResolver, Response, content_types

app = APIGatewayRestResolver()


@app.get("/events/<event_id>/banner")
def vuln_event_banner(event_id: str):
    holder = app.current_event.query_string_parameters.get("holder", "")
    page = f"<h1>Event {event_id}</h1><p>Dear {holder}</p>"
    return Response(status_code=200, content_type=content_types.TEXT_HTML, body=page)  # sink


@app.get("/events/<event_id>/notice")
def safe_event_notice(event_id: str):
    holder = app.current_event.query_string_parameters.get("holder", "")
    page = f"<h1>Event {html.escape(event_id)}</h1><p>Dear {html.escape(holder)}</p>"
    return Response(status_code=200, content_type=content_types.TEXT_HTML, body=page)


def lambda_handler(event, context):
    return app.resolve(event, context)
