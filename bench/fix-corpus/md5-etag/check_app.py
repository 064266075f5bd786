from app import etag

assert etag(b"abc") == "900150983cd24fb0d6963f7d28e17f72"
