# family: xss 79 80
import html

from flask import Flask, request
from flask.views import MethodView

app = Flask(__name__)


# a MethodView's get() answers like a route: the string it returns is sent as text/html
class VulnCalendarView(MethodView):
    def get(self):
        month = request.args.get("month", "")
        return f"<h1>Events in {month}</h1>"  # sink


class SafeCalendarView(MethodView):
    def get(self):
        month = request.args.get("month", "")
        return f"<h1>Events in {html.escape(month)}</h1>"  # sink


app.add_url_rule("/calendar", view_func=VulnCalendarView.as_view("calendar"))
app.add_url_rule("/calendar/safe", view_func=SafeCalendarView.as_view("calendar_safe"))
