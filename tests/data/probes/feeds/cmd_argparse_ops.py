# family: cmd 78
import argparse
import os
import subprocess


def vuln_resend(argv=None):
    parser = argparse.ArgumentParser(prog="feeds-resend", description="resend a notification from a ticket")
    parser.add_argument("--client", required=True)
    parser.add_argument("--subject", required=True)
    args = parser.parse_args(argv)
    os.system(f"notifyctl resend --client {args.client} --subject \"{args.subject}\"")  # sink


def safe_resend(argv=None):
    parser = argparse.ArgumentParser(prog="feeds-resend", description="resend a notification from a ticket")
    parser.add_argument("--client", required=True)
    parser.add_argument("--subject", required=True)
    args = parser.parse_args(argv)
    subprocess.run(["notifyctl", "resend", "--client", args.client, "--subject", args.subject], check=True)
