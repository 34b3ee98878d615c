# family: deser 502
import base64
import json
import pickle


def vuln_restore_handler(event, context):
    state = pickle.loads(base64.b64decode(event["body"]))  # sink
    return {"statusCode": 200, "body": json.dumps({"items": len(state)})}


def safe_restore_handler(event, context):
    state = json.loads(base64.b64decode(event["body"]))  # sink
    return {"statusCode": 200, "body": json.dumps({"items": len(state)})}
