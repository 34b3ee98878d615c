# family: logsecret 532
import logging

logger = logging.getLogger("clearing.config")


def safe_credentials_source(credentials_file: str) -> None:
    logger.info("loading member credentials from %s", credentials_file)


def safe_secret_count(secrets: dict) -> None:
    logger.info("loaded %d secrets from the vault: %s", len(secrets), ", ".join(sorted(secrets)))


def safe_policy_errors(username: str, password_errors: list[str]) -> None:
    logger.warning("password for %s rejected: %s", username, "; ".join(password_errors))


def safe_key_revoked(api_key_id: str, member: str) -> None:
    logger.info("api key %s of %s revoked", api_key_id, member)


def vuln_connection_debug(host: str, credentials: dict) -> None:
    logger.debug("connecting to %s with %s", host, credentials)  # sink


def vuln_secret_values(secrets: dict) -> None:
    logger.debug("vault secrets: %s", secrets)  # sink
