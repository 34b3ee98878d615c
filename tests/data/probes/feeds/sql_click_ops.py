# family: sql 89
import click

from .core.db import connect


@click.command()
@click.option("--client", required=True, help="client id from the ticket")
def vuln_unsubscribe(client):
    db = connect()
    db.execute("DELETE FROM subscriptions WHERE client = '%s'" % client)  # sink
    db.commit()


@click.command()
@click.option("--client", required=True, help="client id from the ticket")
def safe_unsubscribe(client):
    db = connect()
    db.execute("DELETE FROM subscriptions WHERE client = ?", (client,))
    db.commit()
