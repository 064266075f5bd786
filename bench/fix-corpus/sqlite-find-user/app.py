import sqlite3


def find_user(conn: sqlite3.Connection, name):
    row = conn.execute(f"SELECT id FROM users WHERE name = '{name}'").fetchone()
    return row[0] if row else None
