# family: path 22 23 36 73 99
import os

import graphene

EXPORTS = "/srv/corpactions/exports"


class ExportInput(graphene.InputObjectType):
    file_name = graphene.String(required=True)
    event_id = graphene.ID(required=True)


class VulnExportElections(graphene.Mutation):
    class Arguments:
        data = ExportInput(required=True)

    ok = graphene.Boolean()

    def mutate(root, info, data):
        with open(os.path.join(EXPORTS, data.file_name), "w") as fh:  # sink
            fh.write(str(data.event_id))
        return VulnExportElections(ok=True)


class SafeExportElections(graphene.Mutation):
    class Arguments:
        data = ExportInput(required=True)

    ok = graphene.Boolean()

    def mutate(root, info, data):
        with open(os.path.join(EXPORTS, os.path.basename(data.file_name)), "w") as fh:
            fh.write(str(data.event_id))
        return SafeExportElections(ok=True)


class Mutation(graphene.ObjectType):
    vuln_export = VulnExportElections.Field()
    safe_export = SafeExportElections.Field()
