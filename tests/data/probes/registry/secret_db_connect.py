# family: secret 798 259
import os

import psycopg2
import pymysql


def vuln_registry_db():
    return psycopg2.connect(
        host="db.registry.internal",
        dbname="insiders",
        user="registry_app",
        password="Regist3r-2024!",  # sink
    )


def safe_registry_db():
    return psycopg2.connect(
        host="db.registry.internal",
        dbname="insiders",
        user="registry_app",
        password=os.environ["REGISTRY_DB_PASSWORD"],  # sink
    )


def vuln_reporting_db():
    settings = {"host": "mysql.reporting.internal", "user": "reports", "passwd": "rep0rts#Q3"}  # sink
    return pymysql.connect(**settings)


def safe_reporting_db(secret_store):
    settings = {"host": "mysql.reporting.internal", "user": "reports", "passwd": secret_store.get("reports-db")}  # sink
    return pymysql.connect(**settings)
