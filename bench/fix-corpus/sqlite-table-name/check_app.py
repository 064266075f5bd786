import sqlite3
from app import count_rows

conn = sqlite3.connect(":memory:")
conn.execute("CREATE TABLE t (x)")
assert count_rows(conn, "t") == 0
