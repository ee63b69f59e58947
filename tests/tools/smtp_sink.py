#!/usr/bin/env python3
"""A real SMTP server on loopback that keeps what it receives, for the mail tests.

Usage: smtp_sink.py OUT_FILE [--port N]
Listens on 127.0.0.1 (port N, or a free one), prints the port on stdout once it accepts
connections, and appends each message to OUT_FILE as one JSON line: mail_from, rcpt_tos,
data (the message as received, CRLF line ends) and, decoded with Python's own e-mail parser,
from, to, subject (RFC 2047 decoded), message_id and body (transfer encoding undone, "\n" line ends).
Runs until killed. Needs python3-aiosmtpd (Debian).
"""
import argparse
import asyncio
import email
import email.policy
import json

from aiosmtpd.smtp import SMTP


class Sink:
    def __init__(self, path):
        self.path = path

    async def handle_DATA(self, server, session, envelope):
        data = envelope.content
        message = email.message_from_bytes(data, policy=email.policy.default)
        record = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "data": data.decode("utf-8", errors="replace"),
            "from": str(message["from"] or ""),
            "to": str(message["to"] or ""),
            "subject": str(message["subject"] or ""),
            "message_id": str(message["message-id"] or ""),
            "body": message.get_content().replace("\r\n", "\n"),
        }
        with open(self.path, "a", encoding="utf-8") as out:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        return "250 OK"


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()
    handler = Sink(args.out)
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: SMTP(handler, enable_SMTPUTF8=True), "127.0.0.1", args.port)
    print(server.sockets[0].getsockname()[1], flush=True)
    await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main())
