from app import parse_hosts

assert parse_hosts("['a ', ' b']") == ["a", "b"]
