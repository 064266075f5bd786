import os


def make_executable(path):
    os.chmod(path, 0o777)
    return path
