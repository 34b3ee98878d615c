# family: cmd 78
import subprocess

import typer

app = typer.Typer(help="feeds operations, run by the desk on values from support tickets")


@app.command()
def vuln_replay(feed: str, since: str):
    subprocess.run(f"feedctl replay {feed} --since '{since}'", shell=True, check=True)  # sink


@app.command()
def safe_replay(feed: str, since: str):
    subprocess.run(["feedctl", "replay", feed, "--since", since], check=True)
