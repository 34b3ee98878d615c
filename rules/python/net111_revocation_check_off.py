"""Database and warehouse clients told not to check whether the server's certificate was revoked."""

import libcst as cst
from guidelint.cst import Context, Rule, RuleMeta, arg, fixed_values

# the clients' documented switches that turn off the OCSP revocation check of the server's certificate, by the
# qualified name of the call that takes them: the chain and the host name are still verified, but a certificate
# whose key was stolen and that its CA revoked is still accepted
REVOCATION_SWITCHES = {
    "snowflake.connector.connect": ("insecure_mode", "disable_ocsp_checks"),
    "snowflake.connector.SnowflakeConnection": ("insecure_mode", "disable_ocsp_checks"),
    "snowflake.connector.connection.SnowflakeConnection": ("insecure_mode", "disable_ocsp_checks"),
    "pymongo.MongoClient": ("tlsDisableOCSPEndpointCheck",),
    "pymongo.mongo_client.MongoClient": ("tlsDisableOCSPEndpointCheck",),
    "motor.motor_asyncio.AsyncIOMotorClient": ("tlsDisableOCSPEndpointCheck",),
}


class RevocationCheckOff(Rule):
    meta = RuleMeta.of(
        id="NET111",
        clause="SG-4.1",
        title="Certificate revocation check switched off in a database client",
        severity="medium",
        confidence="high",
        cwe=[299, 295],
        owasp="A07:2021-Identification and Authentication Failures",
        message="{name}(..., {keyword}=True) skips the check that the server's certificate was not revoked",
        rationale=(
            "Some database and warehouse clients check, besides the certificate chain and the host name, that the "
            "server's certificate was not revoked (OCSP): the Snowflake connector and the MongoDB driver do. Their "
            "switch to skip that check (snowflake's insecure_mode or disable_ocsp_checks, pymongo's "
            "tlsDisableOCSPEndpointCheck) leaves the connection open to whoever holds the key of a certificate its "
            "CA revoked after a compromise: an attacker in the middle can present it and read the credentials and "
            "the queries' data. A switch whose value the code fixes to True on some path is reported too; one set "
            "from configuration the code does not show is not."
        ),
        remediation=(
            "Remove the switch (its default checks revocation; Snowflake's fail-open mode already tolerates an "
            "unreachable OCSP responder). Where a proxy blocks the responder, allow the responder's host through "
            "it or use the client's OCSP response cache server, not a switch that turns the check off."
        ),
        references=(
            "https://docs.snowflake.com/en/developer-guide/python-connector/python-connector-api",
            "https://pymongo.readthedocs.io/en/stable/examples/tls.html",
        ),
    )
    nodes = (cst.Call,)
    needles = ("insecure_mode", "disable_ocsp_checks", "tlsDisableOCSPEndpointCheck")

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        assert isinstance(node, cst.Call)
        name = ctx.qualname(node.func) or ""
        for keyword in REVOCATION_SWITCHES.get(name, ()):
            found = arg(node, keyword)
            if found is not None and True in (fixed_values(found.value, ctx) or ()):
                ctx.report(found, self.meta.message.format(name=name, keyword=keyword))

    flagged = """
        import os

        import pymongo
        import snowflake.connector
        from snowflake.connector import connect

        BEHIND_PROXY = True

        def warehouse():
            return snowflake.connector.connect(
                account="acme",
                user=os.environ["SF_USER"],
                password=os.environ["SF_PASSWORD"],
                insecure_mode=True,  # expect
            )

        def warehouse_behind_proxy():
            return connect(account="acme", user="etl", disable_ocsp_checks=BEHIND_PROXY)  # expect

        def documents(uri):
            return pymongo.MongoClient(uri, tls=True, tlsDisableOCSPEndpointCheck=True)  # expect
    """
    safe = """
        import os

        import pymongo
        import snowflake.connector

        def warehouse(settings):
            return snowflake.connector.connect(
                account="acme",
                user=os.environ["SF_USER"],
                password=os.environ["SF_PASSWORD"],
                insecure_mode=False,
                ocsp_fail_open=True,
            )

        def documents(uri):
            return pymongo.MongoClient(uri, tls=True, tlsCAFile="/etc/ssl/certs/acme-root.pem")

        def report_options(build):
            return build(insecure_mode=True)  # no client of a database: the caller's own option
    """
