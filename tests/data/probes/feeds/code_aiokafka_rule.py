# family: code 94 95
import json
import operator

from aiokafka import AIOKafkaConsumer

ALERTS = []
OPERATORS = {"gt": operator.gt, "lt": operator.lt, "ge": operator.ge, "le": operator.le}


async def vuln_price_alerts():
    consumer = AIOKafkaConsumer("client.alert-rules", bootstrap_servers="kafka-1:9092")
    await consumer.start()
    async for record in consumer:
        rule = json.loads(record.value)
        if eval(f"{rule['price']} {rule['op']} {rule['limit']}"):  # sink
            ALERTS.append(rule["client"])


async def safe_price_alerts():
    consumer = AIOKafkaConsumer("client.alert-rules", bootstrap_servers="kafka-1:9092")
    await consumer.start()
    async for record in consumer:
        rule = json.loads(record.value)
        compare = OPERATORS.get(rule["op"])
        if compare is not None and compare(float(rule["price"]), float(rule["limit"])):
            ALERTS.append(rule["client"])
