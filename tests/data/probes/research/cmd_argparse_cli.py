# family: cmd 78
import argparse
import subprocess

import click


def vuln_archive_main():
    parser = argparse.ArgumentParser(description="archive a client's report folder")
    parser.add_argument("client")
    args = parser.parse_args()
    subprocess.run(f"tar czf /srv/research/archive/{args.client}.tgz /srv/research/clients/{args.client}", shell=True)  # sink


def safe_archive_main():
    parser = argparse.ArgumentParser(description="archive a client's report folder")
    parser.add_argument("client")
    args = parser.parse_args()
    subprocess.run(["tar", "czf", f"/srv/research/archive/{args.client}.tgz", "-C", "/srv/research/clients", "--", args.client])  # sink


@click.command()
@click.argument("ticker")
def vuln_refresh_prices(ticker):
    subprocess.call("fetch-prices --ticker " + ticker, shell=True)  # sink


@click.command()
@click.argument("ticker")
def safe_refresh_prices(ticker):
    subprocess.call(["fetch-prices", "--ticker", ticker])  # sink
