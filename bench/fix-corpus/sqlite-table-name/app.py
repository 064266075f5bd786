import sqlite3


def count_rows(conn: sqlite3.Connection, table):
    return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
