# family: cmd 78
import argparse
import os
import shlex
import subprocess


def parse(argv):
    parser = argparse.ArgumentParser(prog="custody-admin")
    parser.add_argument("statement")
    parser.add_argument("--recipient", required=True)
    parser.add_argument("--archive", default="/var/custody/archive")
    return parser.parse_args(argv)


def safe_encrypt_statement(argv):
    args = parse(argv)
    subprocess.run(["gpg", "--encrypt", "--recipient", args.recipient, args.statement], check=True)


def vuln_encrypt_statement(argv):
    args = parse(argv)
    subprocess.run(f"gpg --encrypt --recipient {args.recipient} {args.statement}", shell=True, check=True)  # sink


def safe_archive_statement(argv):
    args = parse(argv)
    command = f"gzip -9 {shlex.quote(args.statement)} && mv {shlex.quote(args.statement)}.gz {shlex.quote(args.archive)}"
    subprocess.run(command, shell=True, check=True)


def vuln_archive_statement(argv):
    args = parse(argv)
    os.system("gzip -9 " + args.statement + " && mv " + args.statement + ".gz " + args.archive)  # sink


def vuln_run_hook(command, use_shell):
    return subprocess.run(command, shell=use_shell, check=True)  # sink


def safe_run_hook(event, payload_path):
    return subprocess.run(["/usr/local/bin/custody-hook", event, payload_path], check=True)


def safe_disk_usage():
    return subprocess.run("df -h /var/custody | tail -1", shell=True, capture_output=True, text=True).stdout
