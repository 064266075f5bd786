import requests


def fetch_profile(base, user):
    response = requests.get(base + "/users/" + user)
    response.raise_for_status()
    return response.json()
