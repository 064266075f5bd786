import requests


def post_event(url, event):
    return requests.post(url, json=event, verify=False).status_code
