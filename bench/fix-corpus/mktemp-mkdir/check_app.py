import os
from app import scratch_dir

path = scratch_dir()
assert os.path.isdir(path)
os.rmdir(path)
