# family: ssrf 918
import json

import urllib3

http = urllib3.PoolManager()
AGENTS = {"bnym": "https://agent.bnym.example/ca/ack", "citi": "https://agent.citi.example/ca/ack"}


def vuln_agent_ack(event, context):
    for record in event["Records"]:
        notice = json.loads(json.loads(record["body"])["Message"])
        http.request("POST", notice["ackUrl"], body=json.dumps({"id": notice["id"]}))  # sink


def safe_agent_ack(event, context):
    for record in event["Records"]:
        notice = json.loads(json.loads(record["body"])["Message"])
        http.request("POST", AGENTS[notice["agent"]], body=json.dumps({"id": notice["id"]}))
