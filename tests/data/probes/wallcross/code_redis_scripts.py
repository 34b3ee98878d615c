# family: code 94 95
import redis
from flask import Flask, request

app = Flask(__name__)
cache = redis.Redis(host="cache.internal")


@app.get("/watchlist/count")
def vuln_watchlist_count():
    script = "return redis.call('SCARD', 'watch:" + request.args["deal"] + "')"
    return {"count": cache.eval(script, 0)}  # sink


@app.get("/watchlist/count/safe")
def safe_watchlist_count():
    script = "return redis.call('SCARD', 'watch:' .. ARGV[1])"
    return {"count": cache.eval(script, 0, request.args["deal"])}  # sink


@app.get("/watchlist/peek")
def vuln_watchlist_peek():
    r = redis.Redis(host="cache.internal")
    return {"members": r.eval_ro(f"return redis.call('SMEMBERS', KEYS[1]) -- {request.args['note']}", 1, "watch")}  # sink


@app.get("/watchlist/peek/safe")
def safe_watchlist_peek():
    r = redis.Redis(host="cache.internal")
    return {"members": r.eval_ro("return redis.call('SMEMBERS', KEYS[1])", 1, "watch:" + request.args["deal"])}  # sink
