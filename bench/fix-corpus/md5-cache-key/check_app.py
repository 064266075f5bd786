from app import cache_key

assert cache_key("a") == cache_key("a") and cache_key("a") != cache_key("b")
assert cache_key("a").startswith("page:")
