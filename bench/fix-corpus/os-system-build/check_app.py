from app import build

assert build() == "ok"
