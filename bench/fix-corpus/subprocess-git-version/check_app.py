from app import git_version

assert git_version()[0].isdigit()
