"""Flask-WTF forms of the portal."""
from flask_wtf import FlaskForm
from wtforms import IntegerField, SelectField, StringField
from wtforms.validators import AnyOf, DataRequired, Length, NumberRange, Regexp

SECTORS = ["banks", "energy", "utilities", "retail"]


class CoverageForm(FlaskForm):
    issuer = StringField("Issuer", validators=[DataRequired(), Length(max=80)])
    isin = StringField("ISIN", validators=[DataRequired(), Regexp(r"^[A-Z]{2}[A-Z0-9]{9}[0-9]$")])
    sector = StringField("Sector", validators=[AnyOf(SECTORS)])
    region = SelectField("Region", choices=[("eu", "Europe"), ("us", "Americas"), ("ap", "Asia")])
    horizon = IntegerField("Horizon (months)", validators=[NumberRange(min=1, max=36)])
