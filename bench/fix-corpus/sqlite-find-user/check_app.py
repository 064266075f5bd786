import sqlite3
from app import find_user

conn = sqlite3.connect(":memory:")
conn.execute("CREATE TABLE users (id INTEGER, name TEXT)")
conn.executemany("INSERT INTO users VALUES (?, ?)", [(1, "ann"), (2, "o'brien")])
assert find_user(conn, "ann") == 1
assert find_user(conn, "o'brien") == 2
assert find_user(conn, "x' OR '1'='1") is None
