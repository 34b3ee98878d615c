# family: deser 502
import copy
import pickle
import socket


class PositionBook:
    def __init__(self):
        self._positions = {}

    def safe_snapshot(self):
        # an independent copy of the process's own book
        return pickle.loads(pickle.dumps(self._positions, protocol=pickle.HIGHEST_PROTOCOL))

    def safe_copy(self):
        return copy.deepcopy(self._positions)


def vuln_receive_positions(host, port):
    with socket.create_connection((host, port), timeout=30) as conn:
        payload = conn.recv(1 << 20)
    return pickle.loads(payload)  # sink


def vuln_queue_message(message):
    return pickle.loads(message.body)  # sink
