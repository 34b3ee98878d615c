# family: header 113 93 20
import smtplib
from email.message import EmailMessage

from flask import Flask, request

app = Flask(__name__)
SENDER = "dealroom@firm.example"


@app.post("/rooms/notify")
def vuln_notify():
    subject = request.form["subject"]
    message = f"From: {SENDER}\r\nTo: deals@firm.example\r\nSubject: {subject}\r\n\r\nSee the room."  # sink
    with smtplib.SMTP("mail.firm.example") as smtp:
        smtp.sendmail(SENDER, ["deals@firm.example"], message)  # sink
    return "sent"


@app.post("/rooms/notify2")
def safe_notify():
    message = EmailMessage()
    message["From"] = SENDER
    message["To"] = "deals@firm.example"
    message["Subject"] = " ".join(request.form["subject"].splitlines())  # sink
    message.set_content("See the room.")
    with smtplib.SMTP("mail.firm.example") as smtp:
        smtp.send_message(message)  # sink
    return "sent"
