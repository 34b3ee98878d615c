# family: sql 89
import grpc

from .db import connect
from .proto import statements_pb2_grpc


class VulnStatementRepository:
    def lines(self, account: str, year: str):
        sql = f"SELECT event_id, amount FROM statement_lines WHERE account = '{account}' AND year = {year}"
        return connect().execute(sql).fetchall()  # sink


class SafeStatementRepository:
    def lines(self, account: str, year: str):
        sql = "SELECT event_id, amount FROM statement_lines WHERE account = ? AND year = ?"
        return connect().execute(sql, (account, year)).fetchall()


class StatementService(statements_pb2_grpc.StatementServiceServicer):
    def __init__(self, repository) -> None:
        self.repository = repository

    def GetStatement(self, request, context):
        rows = self.repository.lines(request.account, request.year)
        if not rows:
            context.abort(grpc.StatusCode.NOT_FOUND, "no statement")
        return rows


def serve(server) -> None:
    statements_pb2_grpc.add_StatementServiceServicer_to_server(StatementService(VulnStatementRepository()), server)
    statements_pb2_grpc.add_StatementServiceServicer_to_server(StatementService(SafeStatementRepository()), server)
