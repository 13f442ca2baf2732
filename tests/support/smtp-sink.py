#!/usr/bin/env python3
"""A real SMTP server for the tests: stores every message it receives as a file.

usage: smtp-sink.py PORT DIRECTORY [USER PASSWORD]

Listens on 127.0.0.1:PORT (aiosmtpd, Debian package python3-aiosmtpd). Each message becomes
DIRECTORY/<n>.eml (the DATA exactly as received) next to DIRECTORY/<n>.json with the envelope
({"mail_from": ..., "rcpt_tos": [...]}); the .eml is renamed into place last, so a reader that sees it
sees both complete. With USER and PASSWORD the server requires SMTP AUTH (PLAIN or LOGIN, allowed
without TLS on loopback) with exactly these. Prints "ready" once it accepts connections and runs until killed or stdin closes.
"""
import json
import os
import sys
import threading
import time

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult


class Sink:
    def __init__(self, directory):
        self.directory = directory
        self.count = 0
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.count += 1
            base = os.path.join(self.directory, "%06d-%d" % (self.count, time.time_ns()))
        with open(base + ".json", "w") as meta:
            json.dump({"mail_from": envelope.mail_from, "rcpt_tos": envelope.rcpt_tos}, meta)
        with open(base + ".tmp", "wb") as data:
            data.write(envelope.original_content or envelope.content)
        os.rename(base + ".tmp", base + ".eml")
        return "250 OK stored"


def main():
    port = int(sys.argv[1])
    directory = sys.argv[2]
    os.makedirs(directory, exist_ok=True)
    options = {}
    if len(sys.argv) >= 5:
        user, password = sys.argv[3].encode(), sys.argv[4].encode()

        def authenticator(server, session, envelope, mechanism, auth_data):
            ok = getattr(auth_data, "login", None) == user and getattr(auth_data, "password", None) == password
            return AuthResult(success=ok, handled=False)

        options = dict(authenticator=authenticator, auth_required=True, auth_require_tls=False)
    controller = Controller(Sink(directory), hostname="127.0.0.1", port=port, **options)
    controller.start()
    print("ready", flush=True)
    try:
        sys.stdin.read()  # until the test closes stdin or kills us
    except (KeyboardInterrupt, BrokenPipeError):
        pass
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
