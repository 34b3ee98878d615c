# family: deser 502
import yaml
from grpc import aio

from .proto import statements_pb2_grpc

SCHEDULES: list[dict] = []


class VulnScheduleService(statements_pb2_grpc.StatementServiceServicer):
    async def ImportSchedule(self, request, context: aio.ServicerContext):
        SCHEDULES.append(yaml.load(request.document, Loader=yaml.Loader))  # sink
        return None


class SafeScheduleService(statements_pb2_grpc.StatementServiceServicer):
    async def ImportSchedule(self, request, context: aio.ServicerContext):
        SCHEDULES.append(yaml.load(request.document, Loader=yaml.SafeLoader))
        return None
