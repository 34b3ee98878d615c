"""Stand-in for the code protoc generates (the real one is built at packaging time)."""


class StatementServiceServicer:
    def GetStatement(self, request, context):
        raise NotImplementedError

    def ImportSchedule(self, request, context):
        raise NotImplementedError
