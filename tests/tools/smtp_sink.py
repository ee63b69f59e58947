#!/usr/bin/env python3
"""A real SMTP server on loopback that keeps what it receives, for the mail tests.

Usage: smtp_sink.py OUT_FILE [--port N] [--delay SECONDS]
Listens on 127.0.0.1 (port N, or a free one), prints the port on stdout once it accepts
connections, and appends each message to OUT_FILE as one JSON line: mail_from, rcpt_tos,
data (the message as received, CRLF line ends) and, decoded with Python's own e-mail parser,
from, to, subject (RFC 2047 decoded), message_id, body (the text part, transfer encoding undone,
"\n" line ends) and parts: every MIME leaf as content_type, method (a text/calendar part's
parameter), filename and content (decoded). --delay waits that long before accepting each message
(a slow server, so a test can kill a sender in the middle of its work). Runs until killed. Needs python3-aiosmtpd (Debian).
"""
import argparse
import asyncio
import email
import email.policy
import json

from aiosmtpd.smtp import SMTP


class Sink:
    def __init__(self, path, delay):
        self.path = path
        self.delay = delay

    async def handle_DATA(self, server, session, envelope):
        if self.delay > 0:
            await asyncio.sleep(self.delay)
        data = envelope.content
        message = email.message_from_bytes(data, policy=email.policy.default)
        text = message.get_body(preferencelist=("plain",))
        parts = []
        for part in message.walk():
            if part.is_multipart():
                continue
            parts.append({
                "content_type": part.get_content_type(),
                "method": str(part.get_param("method") or ""),
                "filename": str(part.get_filename() or ""),
                "content": part.get_content() if part.get_content_maintype() == "text" else "",
            })
        record = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "data": data.decode("utf-8", errors="replace"),
            "from": str(message["from"] or ""),
            "to": str(message["to"] or ""),
            "subject": str(message["subject"] or ""),
            "message_id": str(message["message-id"] or ""),
            "body": text.get_content().replace("\r\n", "\n") if text is not None else "",
            "parts": parts,
        }
        with open(self.path, "a", encoding="utf-8") as out:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        return "250 OK"


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--delay", type=float, default=0.0)
    args = parser.parse_args()
    handler = Sink(args.out, args.delay)
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: SMTP(handler, enable_SMTPUTF8=True), "127.0.0.1", args.port)
    print(server.sockets[0].getsockname()[1], flush=True)
    await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main())
