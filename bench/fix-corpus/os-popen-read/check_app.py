from app import hostname_banner

assert hostname_banner() == "host: build-host"
