# family: cmd 78
import json
import subprocess

import paho.mqtt.client as mqtt


def vuln_on_message(client, userdata, msg):
    command = json.loads(msg.payload)
    subprocess.run("feed-switch " + command["feed"], shell=True)  # sink


def safe_on_message(client, userdata, msg):
    command = json.loads(msg.payload)
    subprocess.run(["feed-switch", "--", command["feed"]])


def run():
    client = mqtt.Client()
    client.on_message = vuln_on_message
    client.connect("mqtt.feeds.internal")
    client.subscribe("desks/+/feed")
    client.loop_forever()
