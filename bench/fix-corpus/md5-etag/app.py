import hashlib


def etag(body: bytes):
    return hashlib.md5(body).hexdigest()
