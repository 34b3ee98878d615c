# family: xss 79
from django.utils.html import escape
from rest_framework.renderers import BaseRenderer


class VulnTicketHtmlRenderer(BaseRenderer):
    media_type = "text/html"
    format = "html"

    def render(self, data, accepted_media_type=None, renderer_context=None):
        request = renderer_context["request"]
        title = request.query_params.get("title", "Tickets")
        return f"<html><h1>{title}</h1><pre>{len(data)} tickets</pre></html>".encode()  # sink


class SafeTicketHtmlRenderer(BaseRenderer):
    media_type = "text/html"
    format = "html"

    def render(self, data, accepted_media_type=None, renderer_context=None):
        request = renderer_context["request"]
        title = escape(request.query_params.get("title", "Tickets"))
        return f"<html><h1>{title}</h1><pre>{len(data)} tickets</pre></html>".encode()  # sink
