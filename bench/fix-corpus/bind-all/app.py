import socket


def listen(port):
    server = socket.socket()
    server.bind(("0.0.0.0", port))
    return server
