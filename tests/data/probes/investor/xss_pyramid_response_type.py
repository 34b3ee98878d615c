# family: xss 79 80
from pyramid.view import view_config


@view_config(route_name="ir_banner")
def vuln_banner(request):
    request.response.text = "<div class='banner'>" + request.params.get("banner", "") + "</div>"  # sink
    return request.response


@view_config(route_name="ir_banner_text")
def safe_banner(request):
    request.response.content_type = "text/plain"
    request.response.text = "banner: " + request.params.get("banner", "")  # sink
    return request.response
