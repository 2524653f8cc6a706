"""A script that prints, then fails before it ever talks to Storm."""
import storm

print("about to fail")
raise RuntimeError("failed before the handshake")
