from app import load_settings

assert load_settings("port: 8080\ndebug: true\n") == {"port": 8080, "debug": True}
