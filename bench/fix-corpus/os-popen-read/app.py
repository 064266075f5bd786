import os


def hostname_banner():
    name = os.popen("echo build-host").read()
    return "host: " + name.strip()
