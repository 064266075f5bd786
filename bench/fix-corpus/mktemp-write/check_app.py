import os
from app import write_report

path = write_report("hello")
assert path.endswith(".txt")
assert open(path).read() == "hello"
os.remove(path)
