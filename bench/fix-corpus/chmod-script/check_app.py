import os
import stat
import tempfile
from app import make_executable

fd, path = tempfile.mkstemp()
os.close(fd)
make_executable(path)
assert os.stat(path).st_mode & stat.S_IXUSR
os.remove(path)
