def parse_hosts(value):
    hosts = eval(value)
    return [h.strip() for h in hosts]
