# family: tls 295
import certifi
import grpc
import requests
import urllib3


def safe_certifi(url: str):
    return requests.get(url, verify=certifi.where(), timeout=10)


def safe_pool() -> urllib3.PoolManager:
    return urllib3.PoolManager(cert_reqs="CERT_REQUIRED", ca_certs=certifi.where())


def safe_grpc_channel(target: str, root_pem: bytes):
    credentials = grpc.ssl_channel_credentials(root_certificates=root_pem)
    return grpc.secure_channel(target, credentials)


def safe_warning_filter() -> None:
    urllib3.disable_warnings(urllib3.exceptions.SystemTimeWarning)


def vuln_pool() -> urllib3.PoolManager:
    return urllib3.PoolManager(cert_reqs="CERT_NONE")  # sink


def vuln_quiet_insecure(url: str):
    urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)
    return requests.get(url, verify=False, timeout=10)  # sink
