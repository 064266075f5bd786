from app import listen

s = listen(0)
s.close()
