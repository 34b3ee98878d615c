# family: xss 79
import bleach
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/profile/bio", response_class=HTMLResponse)
def vuln_profile_bio(bio: str):
    return HTMLResponse("<section class='bio'>" + bio.strip("<>") + "</section>")  # sink


@app.get("/profile/bio2", response_class=HTMLResponse)
def safe_profile_bio(bio: str):
    return HTMLResponse("<section class='bio'>" + bleach.clean(bio, tags={"b", "i"}) + "</section>")  # sink
