# family: emptypw 258 521
import os

import mysql.connector


def vuln_reporting():
    return mysql.connector.connect(host="mysql.reporting.internal", user="reports", password="")  # sink


def safe_reporting():
    return mysql.connector.connect(
        host="mysql.reporting.internal", user="reports", password=os.environ["REPORTS_DB_PASSWORD"]  # sink
    )
