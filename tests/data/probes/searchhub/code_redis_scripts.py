# family: code 94 95
import redis
from flask import Flask, request

app = Flask(__name__)
r = redis.Redis(host="cache.internal", decode_responses=True)


@app.post("/quota/bump")
def vuln_quota_script_sha():
    tenant = request.form["tenant"]
    sha = r.script_load("return redis.call('INCR', 'quota:" + tenant + "')")  # sink
    return {"n": r.evalsha(sha, 0)}


@app.post("/quota/bump/v2")
def safe_quota_script_sha():
    tenant = request.form["tenant"]
    sha = r.script_load("return redis.call('INCR', KEYS[1])")  # sink
    return {"n": r.evalsha(sha, 1, "quota:" + tenant)}


@app.post("/quota/reset")
def vuln_registered_script():
    ttl = request.form["ttl"]
    reset = r.register_script(f"redis.call('SET', KEYS[1], 0); return redis.call('EXPIRE', KEYS[1], {ttl})")  # sink
    return {"ok": reset(keys=["quota:" + request.form["tenant"]])}


@app.post("/quota/reset/v2")
def safe_registered_script():
    reset = r.register_script("redis.call('SET', KEYS[1], 0); return redis.call('EXPIRE', KEYS[1], ARGV[1])")  # sink
    return {"ok": reset(keys=["quota:" + request.form["tenant"]], args=[request.form["ttl"]])}


@app.get("/quota/peek")
def vuln_eval_percent():
    key = request.args["key"]
    return {"v": r.eval("return redis.call('GET', '%s')" % key, 0)}  # sink


@app.get("/quota/peek/v2")
def safe_eval_argv():
    key = request.args["key"]
    return {"v": r.eval("return redis.call('GET', ARGV[1])", 0, key)}  # sink
