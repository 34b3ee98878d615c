# family: cmd 78
import subprocess

import graphene


# a Mutation's mutate(root, info, **arguments): the arguments its Arguments class declares
class VulnRenderFiling(graphene.Mutation):
    class Arguments:
        isin = graphene.String(required=True)

    ok = graphene.Boolean()

    def mutate(root, info, isin):
        subprocess.run(f"render-filing --isin {isin}", shell=True, check=True)  # sink
        return VulnRenderFiling(ok=True)


class SafeRenderFiling(graphene.Mutation):
    class Arguments:
        isin = graphene.String(required=True)

    ok = graphene.Boolean()

    def mutate(root, info, isin):
        subprocess.run(["render-filing", "--isin", isin], check=True)  # sink
        return SafeRenderFiling(ok=True)


# an argument declared graphene.Int is an int
class SafeArchiveFiling(graphene.Mutation):
    class Arguments:
        filing_id = graphene.Int(required=True)

    ok = graphene.Boolean()

    def mutate(root, info, filing_id):
        subprocess.run(f"archive-filing {filing_id}", shell=True, check=True)  # sink
        return SafeArchiveFiling(ok=True)


# a relay mutation: mutate_and_get_payload(root, info, **input), the fields of its Input class
class VulnPublishFiling(graphene.relay.ClientIDMutation):
    class Input:
        channel = graphene.String(required=True)

    ok = graphene.Boolean()

    @classmethod
    def mutate_and_get_payload(cls, root, info, **data):
        subprocess.run("publish --channel " + data["channel"], shell=True, check=True)  # sink
        return VulnPublishFiling(ok=True)


class SafePublishFiling(graphene.relay.ClientIDMutation):
    class Input:
        channel = graphene.String(required=True)

    ok = graphene.Boolean()

    @classmethod
    def mutate_and_get_payload(cls, root, info, **data):
        subprocess.run(["publish", "--channel", data["channel"]], check=True)  # sink
        return SafePublishFiling(ok=True)
