from app import ALPHABET, make_reset_token

token = make_reset_token()
assert len(token) == 32 and set(token) <= set(ALPHABET)
assert make_reset_token() != token
