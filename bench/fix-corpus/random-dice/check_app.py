from app import roll_dice

assert roll_dice(1, 5) == roll_dice(1, 5)
