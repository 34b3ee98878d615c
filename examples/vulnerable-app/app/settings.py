import logging

DATABASE_PASSWORD = "Sup3r-Secret-2026"
SECRET_KEY = "dj4ng0-s3cr3t-k3y-n0t-r0t4t3d"
API_TOKEN = "ghp_Xq8Zk2Lm4Nn6Pp8Rr0Tt2Vv4Xx6Zz8Bb0Dd"

logger = logging.getLogger("disclosure")
