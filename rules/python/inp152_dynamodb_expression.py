"""DynamoDB condition and update expressions built by string formatting."""

import libcst as cst
from guidelint.cst import Context, Rule, RuleMeta, assigned_value, variable_parts

# the expression parameters of boto3's DynamoDB client and Table calls; values belong in
# ExpressionAttributeValues and attribute names in ExpressionAttributeNames
EXPRESSIONS = (
    "FilterExpression",
    "KeyConditionExpression",
    "ConditionExpression",
    "UpdateExpression",
    "ProjectionExpression",
)


class DynamoDbExpression(Rule):
    meta = RuleMeta.of(
        id="INP152",
        clause="SG-5.1",
        title="DynamoDB expression built by string formatting",
        severity="high",
        confidence="medium",
        cwe=[943],
        owasp="A03:2021-Injection",
        message="{keyword} is built from {value}; pass values as ExpressionAttributeValues placeholders",
        rationale=(
            "A DynamoDB filter, key condition or update expression is a small query language. A value "
            "formatted into it can add conditions (OR attribute_exists(...)), read other attributes through "
            "the projection or change what an update writes, the NoSQL form of SQL injection against the "
            "tables that hold client records."
        ),
        remediation=(
            "Write the expression as a constant with placeholders and pass the data separately: "
            'FilterExpression="username = :u", ExpressionAttributeValues={":u": {"S": username}}; '
            "put attribute names chosen at run time into ExpressionAttributeNames (#name) from an allow-list, "
            "or build conditions with boto3.dynamodb.conditions (Attr('username').eq(username))."
        ),
        references=(
            "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.ExpressionAttributeValues.html",
            "https://boto3.amazonaws.com/v1/documentation/api/latest/reference/customizations/dynamodb.html",
        ),
    )
    nodes = (cst.Arg,)
    needles = EXPRESSIONS

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        if not isinstance(node, cst.Arg) or node.keyword is None or node.keyword.value not in EXPRESSIONS:
            return
        value = node.value
        if isinstance(value, cst.Name):  # expression = "..." % x above, then FilterExpression=expression
            value = assigned_value(ctx, value.value, node) or value
        parts = variable_parts(value)
        if parts:
            ctx.report(node, self.meta.message.format(keyword=node.keyword.value, value=f"`{ctx.code(parts[0])}`"))

    flagged = """
        import boto3

        table = boto3.resource("dynamodb").Table("clients")

        def find(username, status):
            client = boto3.client("dynamodb")
            found = client.scan(
                TableName="users",
                FilterExpression=username + " = :u",  # expect
                ExpressionAttributeValues={":u": {"S": "x"}},
            )
            expression = f"status = '{status}'"
            return found, table.query(KeyConditionExpression=expression)  # expect
    """
    safe = """
        import boto3
        from boto3.dynamodb.conditions import Attr

        table = boto3.resource("dynamodb").Table("clients")

        def find(username, status):
            client = boto3.client("dynamodb")
            found = client.scan(
                TableName="users",
                FilterExpression="username = :u AND #s = :s",
                ExpressionAttributeNames={"#s": "status"},
                ExpressionAttributeValues={":u": {"S": username}, ":s": {"S": status}},
            )
            return found, table.scan(FilterExpression=Attr("status").eq(status))
    """
