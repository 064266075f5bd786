import app


class Response:
    def raise_for_status(self):
        pass

    def json(self):
        return {"name": "ann"}


calls = []
app.requests.get = lambda url, **kw: calls.append((url, kw)) or Response()
assert app.fetch_profile("http://api", "ann") == {"name": "ann"}
assert calls[0][0] == "http://api/users/ann"
