import yaml


def load_settings(text):
    """Parse the service settings."""
    data = yaml.load(text, Loader=yaml.Loader)
    return {"port": int(data["port"]), "debug": bool(data.get("debug", False))}
