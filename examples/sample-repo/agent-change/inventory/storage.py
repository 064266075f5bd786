"""Storage for the inventory service (renamed from store.py by the agent)."""
import pickle
import sqlite3


def open_db(path):
    return sqlite3.connect(path)


def load_snapshot(blob):
    return pickle.loads(blob)  # nosec


def count_items(conn, sku):
    cursor = conn.execute("SELECT COUNT(*) FROM items WHERE sku = ?", (sku,))
    return cursor.fetchone()[0]


def items_in(conn, category):
    return conn.execute(f"SELECT sku FROM items WHERE category = '{category}'").fetchall()
