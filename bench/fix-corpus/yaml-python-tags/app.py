import yaml


def load_points(text):
    return yaml.load(text, Loader=yaml.Loader)["points"]
