from app import calculate

assert calculate("2 * 21") == 42
