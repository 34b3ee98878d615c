# family: iv 329 1204
import os

from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad
from django.http import HttpResponse

NOTE_KEY = bytes.fromhex(os.environ["NOTE_KEY"])
NOTE_IV = b"dealroom-iv-0001"


def vuln_encrypt_note(request):
    cipher = AES.new(NOTE_KEY, AES.MODE_CBC, iv=NOTE_IV)  # sink
    return HttpResponse(cipher.encrypt(pad(request.body, 16)), content_type="application/octet-stream")


def safe_encrypt_note(request):
    iv = get_random_bytes(16)
    cipher = AES.new(NOTE_KEY, AES.MODE_CBC, iv=iv)  # sink
    return HttpResponse(iv + cipher.encrypt(pad(request.body, 16)), content_type="application/octet-stream")
