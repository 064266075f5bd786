import sqlite3
from app import rename

conn = sqlite3.connect(":memory:")
conn.execute("CREATE TABLE users (id INTEGER, name TEXT)")
conn.execute("INSERT INTO users VALUES (1, 'ann')")
rename(conn, 1, "bob")
assert conn.execute("SELECT name FROM users WHERE id = 1").fetchone()[0] == "bob"
