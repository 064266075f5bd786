import os
import tempfile


def scratch_dir():
    path = tempfile.mktemp()
    os.mkdir(path)
    return path
