import sqlite3


def rename(conn: sqlite3.Connection, user_id, new_name):
    sql = "UPDATE users SET name = '" + new_name + "' WHERE id = " + str(user_id)
    conn.execute(sql)
    return conn.total_changes
