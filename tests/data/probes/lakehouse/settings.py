"""Settings of the analytics platform: names of things, never their secrets."""

import os

WAREHOUSE_ACCOUNT = os.environ.get("SNOWFLAKE_ACCOUNT", "acme-analytics")
WAREHOUSE_ROLE = "TRANSFORMER"
WAREHOUSE_SECRET_ID = "prod/warehouse/snowflake-loader"
PASSWORD_ENV_VAR = "SNOWFLAKE_PASSWORD"
EXPORT_BUCKET = os.environ.get("EXPORT_BUCKET", "acme-analytics-exports")
MODEL_DIR = "/opt/pipeline/models"
DBT_PROJECT_DIR = "/opt/dbt/analytics"
DBT_PROFILES_DIR = "/opt/dbt/profiles"
FACT_TABLES = ("fact_orders", "fact_refunds", "fact_sessions")
EXPORT_COLUMNS = {
    "fact_orders": ("order_id", "customer_id", "amount_eur", "ordered_at"),
    "fact_refunds": ("refund_id", "order_id", "amount_eur", "refunded_at"),
}
