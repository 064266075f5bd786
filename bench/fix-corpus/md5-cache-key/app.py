import hashlib


def cache_key(url):
    return "page:" + hashlib.md5(url.encode()).hexdigest()
