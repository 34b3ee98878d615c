"""Stand-in for the code protoc generates (the real one is built at packaging time)."""


class AlertServiceServicer:
    async def Register(self, request, context):
        raise NotImplementedError
