# family: sql 89
import psycopg2
from flask import Flask, jsonify, request

app = Flask(__name__)


def get_conn():
    return psycopg2.connect("dbname=shop")


@app.post("/api/search")
def vuln_search():
    term = request.get_json()["term"]
    cur = get_conn().cursor()
    cur.execute("SELECT sku FROM products WHERE title LIKE '%%%s%%'" % term)  # sink
    return jsonify(cur.fetchall())


@app.post("/api/search/safe")
def safe_search():
    term = request.get_json()["term"]
    cur = get_conn().cursor()
    cur.execute("SELECT sku FROM products WHERE title LIKE %s", ("%" + term + "%",))  # sink
    return jsonify(cur.fetchall())
