import app


class Response:
    status_code = 202


seen = {}
app.requests.post = lambda url, **kw: seen.update(kw) or Response()
assert app.post_event("https://hooks", {"a": 1}) == 202
assert seen["json"] == {"a": 1}
