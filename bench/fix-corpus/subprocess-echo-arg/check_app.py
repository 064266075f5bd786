from app import shout

assert shout("hello") == "HELLO"
