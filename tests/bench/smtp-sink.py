#!/usr/bin/env python3
"""A minimal SMTP server on 127.0.0.1 for the e-mail benchmark: accepts every message, counts them, keeps none.
Usage: smtp-sink.py PORT COUNTFILE  (writes the number of messages received to COUNTFILE after each one, and the number
of SMTP connections opened so far to COUNTFILE.connections)."""
import socketserver, sys, threading

PORT, COUNT_FILE = int(sys.argv[1]), sys.argv[2]
received = 0
connections = 0
lock = threading.Lock()

class Session(socketserver.StreamRequestHandler):
    def reply(self, text):
        self.wfile.write((text + "\r\n").encode()); self.wfile.flush()

    def handle(self):
        global received, connections
        with lock:
            connections += 1
            with open(COUNT_FILE + ".connections", "w") as f:
                f.write(str(connections))
        self.reply("220 sink ESMTP")
        while True:
            line = self.rfile.readline()
            if not line:
                return
            verb = line[:4].upper()
            if verb in (b"EHLO", b"HELO"):
                self.wfile.write(b"250-sink\r\n250-8BITMIME\r\n250-SMTPUTF8\r\n250 SIZE 52428800\r\n"); self.wfile.flush()
            elif verb == b"DATA":
                self.reply("354 go ahead")
                while self.rfile.readline() not in (b".\r\n", b".\n", b""):
                    pass
                with lock:
                    received += 1
                    with open(COUNT_FILE, "w") as f:
                        f.write(str(received))
                    number = received
                self.reply("250 2.0.0 queued as %d" % number)
            elif verb == b"QUIT":
                self.reply("221 bye"); return
            else:
                self.reply("250 ok")

class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True

Server(("127.0.0.1", PORT), Session).serve_forever()
