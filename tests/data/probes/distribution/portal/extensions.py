"""The Flask extensions of the research-distribution portal, bound to the app by its factory."""
from flask_sqlalchemy import SQLAlchemy
from itsdangerous import URLSafeTimedSerializer

db = SQLAlchemy()
# report download links are signed by the portal: the serializer's key is the app's
links = URLSafeTimedSerializer("replaced-by-the-factory", salt="report-link")
