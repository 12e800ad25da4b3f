#!/usr/bin/env python3
"""A minimal SMTP server on 127.0.0.1 for the e-mail benchmark: accepts every message, counts them, keeps none.
Usage: smtp-sink.py PORT COUNTFILE  (writes the number of messages received to COUNTFILE after each one, and the number
of SMTP connections opened so far to COUNTFILE.connections)."""
import socket, socketserver, sys, threading

PORT, COUNT_FILE = int(sys.argv[1]), sys.argv[2]
received = 0
connections = 0
lock = threading.Lock()

class Session(socketserver.BaseRequestHandler):
    """Reads the socket in blocks (a real MTA does not read a message line by line in an interpreter) and says
    PIPELINING, as Postfix does, so the client may send MAIL FROM and RCPT TO without waiting for each reply."""
    def setup(self):
        self.buffer = b""
        # Replies to pipelined commands are small writes back to back: without this, Nagle holds the second until the
        # client's delayed ACK of the first (up to 40 ms).
        self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def send(self, data):
        self.request.sendall(data)

    def fill(self):
        block = self.request.recv(1048576)
        self.buffer += block
        return bool(block)

    def line(self):
        while b"\n" not in self.buffer:
            if not self.fill():
                return b""
        line, self.buffer = self.buffer.split(b"\n", 1)
        return line + b"\n"

    def message(self):
        # The data ends with CRLF.CRLF; what follows it (a pipelined command) stays in the buffer.
        while True:
            end = self.buffer.find(b"\r\n.\r\n")
            if end >= 0:
                self.buffer = self.buffer[end + 5:]
                return True
            if not self.fill():
                return False

    def handle(self):
        global received, connections
        with lock:
            connections += 1
            with open(COUNT_FILE + ".connections", "w") as f:
                f.write(str(connections))
        self.send(b"220 sink ESMTP\r\n")
        while True:
            line = self.line()
            if not line:
                return
            verb = line[:4].upper()
            if verb in (b"EHLO", b"HELO"):
                self.send(b"250-sink\r\n250-8BITMIME\r\n250-PIPELINING\r\n250-SMTPUTF8\r\n250 SIZE 52428800\r\n")
            elif verb == b"DATA":
                self.send(b"354 go ahead\r\n")
                # An empty message is the terminator alone, right after the 354.
                self.buffer = b"\r\n" + self.buffer
                if not self.message():
                    return
                with lock:
                    received += 1
                    with open(COUNT_FILE, "w") as f:
                        f.write(str(received))
                    number = received
                self.send(b"250 2.0.0 queued as %d\r\n" % number)
            elif verb == b"QUIT":
                self.send(b"221 bye\r\n"); return
            else:
                self.send(b"250 ok\r\n")

class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True

Server(("127.0.0.1", PORT), Session).serve_forever()
