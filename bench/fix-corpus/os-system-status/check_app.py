from app import run_step

assert run_step() == 0
