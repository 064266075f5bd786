"""A small inventory service used by the bandit-gate demo."""
