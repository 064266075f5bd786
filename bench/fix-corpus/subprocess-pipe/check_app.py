from app import count_python_files

assert count_python_files() >= 0
