import random


def roll_dice(rng_seed, n):
    random.seed(rng_seed)
    return [random.randint(1, 6) for _ in range(n)]
