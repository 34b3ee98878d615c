# family: redirect 601
import bottle
from pyramid.httpexceptions import HTTPFound, HTTPSeeOther
from pyramid.view import view_config

app = bottle.Bottle()
ROOMS = {"main": "/rooms/main", "annex": "/rooms/annex"}


@view_config(route_name="room_exit")
def vuln_room_exit(request):
    return HTTPFound(location=request.params.get("came_from", "/rooms"))  # sink


@view_config(route_name="room_exit_safe")
def safe_room_exit(request):
    return HTTPFound(location=request.route_url("rooms"))  # sink


@view_config(route_name="room_booked")
def vuln_room_booked(request):
    raise HTTPSeeOther(request.POST["then"])  # sink


@view_config(route_name="room_booked_safe")
def safe_room_booked(request):
    raise HTTPSeeOther(ROOMS.get(request.POST["then"], "/rooms"))  # sink


@app.route("/rooms/enter")
def vuln_enter_room():
    bottle.redirect(bottle.request.query.get("to", "/rooms"))  # sink


@app.route("/rooms/enter/safe")
def safe_enter_room():
    bottle.redirect(app.get_url("room", name="main"))  # sink


@app.route("/rooms/leave")
def vuln_leave_room():
    bottle.response.status = 302
    bottle.response.set_header("Location", bottle.request.query.get("to", "/rooms"))  # sink


@app.route("/rooms/leave/safe")
def safe_leave_room():
    bottle.response.status = 302
    bottle.response.set_header("Location", ROOMS.get(bottle.request.query.get("to"), "/rooms"))  # sink
