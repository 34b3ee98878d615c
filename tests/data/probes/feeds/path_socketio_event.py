# family: path 22 23 36 73 99
import os

from flask import Flask
from flask_socketio import SocketIO, emit

app = Flask(__name__)
socketio = SocketIO(app)
LAYOUTS = "/srv/feeds/layouts"


@socketio.on("load_layout")
def vuln_load_layout(data):
    with open(os.path.join(LAYOUTS, data["layout"])) as f:  # sink
        emit("layout", f.read())


@socketio.on("load_layout_v2")
def safe_load_layout(data):
    with open(os.path.join(LAYOUTS, os.path.basename(data["layout"]))) as f:
        emit("layout", f.read())
