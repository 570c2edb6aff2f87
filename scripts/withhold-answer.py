#!/usr/bin/env python3
"""A TCP proxy that forwards everything to UPSTREAM_PORT, except that the answer
to the first request containing every MARK is read from the target and never
passed on: the request took effect, its answer was lost on the way.

Usage: withhold-answer.py LISTEN_PORT UPSTREAM_PORT MARK...   (binds 127.0.0.1)
"""
import socket
import sys
import threading
import time

listen_port, upstream_port = int(sys.argv[1]), int(sys.argv[2])
marks = [m.encode() for m in sys.argv[3:]]
withheld = threading.Event()
lock = threading.Lock()


def pipe(src, dst):
    try:
        while data := src.recv(65536):
            dst.sendall(data)
    except OSError:
        pass
    finally:
        try:
            dst.shutdown(socket.SHUT_WR)
        except OSError:
            pass


def handle(client):
    first = client.recv(65536)
    with lock:
        withhold = not withheld.is_set() and all(m in first for m in marks)
        if withhold:
            withheld.set()
    upstream = socket.create_connection(("127.0.0.1", upstream_port))
    upstream.sendall(first)
    if withhold:
        status = upstream.recv(65536).split(b"\r\n", 1)[0].decode(errors="replace")
        print(f"withheld the answer ({status}) to a request with {sys.argv[3:]}", flush=True)
        time.sleep(3600)
        return
    threading.Thread(target=pipe, args=(upstream, client), daemon=True).start()
    pipe(client, upstream)


server = socket.socket()
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", listen_port))
server.listen(64)
while True:
    conn, _ = server.accept()
    threading.Thread(target=handle, args=(conn,), daemon=True).start()
