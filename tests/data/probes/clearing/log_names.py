# family: logsecret 532
import logging

logger = logging.getLogger("clearing.secrets")


def safe_rotated(secret_name: str, version_id: str) -> None:
    logger.info("secret %s rotated to version %s", secret_name, version_id)


def safe_password_expired(user) -> None:
    logger.warning("password expired for %s; last change %s", user.username, user.password_changed_at)


def safe_auth_scheme(token_type: str, scopes: list[str]) -> None:
    logger.info("authenticating with a %s token for %s", token_type, ", ".join(scopes))


def safe_api_key_owner(api_key) -> None:
    logger.info("request by api key %s of member %s", api_key.id, api_key.member_id)


def safe_password_policy(password_policy: dict) -> None:
    print("password policy:", password_policy["min_length"], "characters, rotation every", password_policy["days"])


def vuln_token_dump(token: dict) -> None:
    logger.debug("token response: access_token=%s", token["access_token"])  # sink


def vuln_print_password(password: str) -> None:
    print("temporary password:", password)  # sink
