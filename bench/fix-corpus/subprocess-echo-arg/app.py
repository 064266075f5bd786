import subprocess


def shout(message):
    result = subprocess.run(f"echo {message}", shell=True, capture_output=True, text=True, check=True)
    return result.stdout.strip().upper()
