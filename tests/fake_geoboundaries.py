"""A stand-in for geoBoundaries: serves a folder's files over HTTP on the loopback interface.

The tests write /gbOpen/<ISO3>/<LEVEL>/index.html (the API's metadata, JSON) and the GeoJSON it points
to. Run: python fake_geoboundaries.py FOLDER; prints the port, then serves until killed."""

from __future__ import annotations

import functools
import sys
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        """Quiet: the tests read what was written, not the server's log."""


if __name__ == "__main__":
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=sys.argv[1]))
    print(server.server_address[1], flush=True)
    server.serve_forever()
