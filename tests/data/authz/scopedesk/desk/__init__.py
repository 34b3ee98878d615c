from flask import Flask, abort, request
from flask_login import current_user

from desk.nested import api_bp
from desk.ops import ops_bp
from desk.reports import reports_bp

app = Flask(__name__)
app.register_blueprint(reports_bp)
app.register_blueprint(ops_bp, url_prefix="/ops")
app.register_blueprint(api_bp)


@app.before_request
def restricted_areas():
    if request.path.startswith(("/settings", "/reports/confidential")) and not current_user.is_authenticated:
        abort(401)


from desk import pages  # noqa: E402,F401  (registers the routes)
