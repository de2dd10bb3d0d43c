#!/usr/bin/env python3
"""A minimal stand-in for IAM's token endpoint, for benchmarks: answers every
POST /identity/token with a fixed, IAM-shaped token response. Prints its port,
then serves until killed. Both curl and iamtoken pay its cost equally.

    iam_stub.py [CERT.pem KEY.pem]     HTTPS with that certificate, else HTTP"""
import json
import ssl
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out as separate writes; with Nagle's algorithm on, the body would
    # wait ~40 ms for the client's delayed ACK, and that stall would be most of every figure.
    disable_nagle_algorithm = True

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        now = int(time.time())
        body = json.dumps({
            "access_token": "eyJraWQiOiIyMDI1IiwiYWxnIjoiUlMyNTYifQ."
                            "eyJpYW1faWQiOiJpYW0tU2VydmljZUlkLWJlbmNoIn0.c2ln",
            "refresh_token": "not_supported",
            "token_type": "Bearer",
            "expires_in": 3600,
            "expiration": now + 3600,
            "scope": "ibm openid",
        }).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
if len(sys.argv) == 3:
    tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    tls.load_cert_chain(sys.argv[1], sys.argv[2])
    server.socket = tls.wrap_socket(server.socket, server_side=True)
print(server.server_address[1], flush=True)
server.serve_forever()
