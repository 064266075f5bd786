from app import load_points

assert load_points("points: !!python/tuple [1, 2]\n") == (1, 2)
