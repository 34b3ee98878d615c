# family: path 22 23 36 73 99
import os
import sys

EXPORTS = "/srv/disclosure/exports"


# a script's main(req) without Azure Functions: its caller passes the code's values (the operator's job name)
def safe_main(req):
    with open(os.path.join(EXPORTS, req["job"] + ".csv"), "w") as out:  # sink
        out.write("isin,title\n")


class SafeJob:
    def main(self, req):
        with open(os.path.join(EXPORTS, req["job"] + ".log"), "a") as out:  # sink
            out.write("done\n")


if __name__ == "__main__":
    safe_main({"job": "filings"})
    SafeJob().main({"job": sys.argv[0]})
