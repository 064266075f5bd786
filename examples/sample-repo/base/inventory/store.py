import pickle
import sqlite3


def open_db(path):
    return sqlite3.connect(path)


def load_snapshot(blob):
    return pickle.loads(blob)


def count_items(conn, sku):
    cursor = conn.execute("SELECT COUNT(*) FROM items WHERE sku = ?", (sku,))
    return cursor.fetchone()[0]
