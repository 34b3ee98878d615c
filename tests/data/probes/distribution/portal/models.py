"""ORM classes of the portal (Flask-SQLAlchemy)."""
from .extensions import db


class Report(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    issuer = db.Column(db.String(80))
    sector = db.Column(db.String(40))
    title = db.Column(db.String(200))
    published = db.Column(db.DateTime)
    rating = db.Column(db.String(12))


class Subscriber(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    email = db.Column(db.String(200))
    desk_id = db.Column(db.Integer)


# the columns a report listing may be sorted by, by the name the client sends
SORTABLE = {"issuer": Report.issuer, "published": Report.published, "rating": Report.rating}
