"""marshmallow schemas of the portal's JSON API."""
from dataclasses import dataclass

from marshmallow import EXCLUDE, Schema, fields, post_load, validate


@dataclass
class Distribution:
    list_name: str
    tier: str
    callback: str


class DistributionSchema(Schema):
    class Meta:
        unknown = EXCLUDE

    list_name = fields.Str(required=True, validate=validate.Length(max=40))
    tier = fields.Str(required=True, validate=validate.OneOf(["gold", "silver", "public"]))
    callback = fields.Url(required=True)

    @post_load
    def make(self, data, **kwargs):
        return Distribution(**data)


class NoteSchema(Schema):
    ticker = fields.Str(required=True, validate=validate.Regexp(r"^[A-Z]{1,5}$"))
    summary = fields.Str(required=True)
    pages = fields.Int(load_default=1)
