def save_credentials(advisor, salt, digest):
    with open(f"/var/lib/dealroom/credentials/{int(advisor)}", "w") as out:
        out.write(salt.hex() + ":" + digest)
