# family: xss 79 80
from flask import Flask
from flask_wtf import FlaskForm
from markupsafe import escape
from wtforms import StringField
from wtforms.validators import DataRequired, Length

app = Flask(__name__)


class CommentForm(FlaskForm):
    body = StringField("Comment", validators=[DataRequired(), Length(max=500)])


@app.post("/comments/preview")
def vuln_preview():
    form = CommentForm()
    if form.validate_on_submit():
        return f"<blockquote>{form.body.data}</blockquote>"  # sink
    return "invalid", 400


@app.post("/comments/preview2")
def safe_preview():
    form = CommentForm()
    if form.validate_on_submit():
        return f"<blockquote>{escape(form.body.data)}</blockquote>"  # sink
    return "invalid", 400
