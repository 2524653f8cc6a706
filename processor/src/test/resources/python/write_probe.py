"""Runs shellgen/run.py with os.write counted: records, for each write that carries protocol
messages, how many it carries, into the file named by the first argument."""
import atexit
import os
import runpy
import sys

record_file = sys.argv[1]
writes = []
real_write = os.write


def counting_write(fd, data):
    messages = bytes(data).count(b"\nend\n")
    if messages:
        writes.append(messages)
    return real_write(fd, data)


os.write = counting_write
# Registered before the runtime's own flush at exit, so it runs after it.
atexit.register(lambda: open(record_file, "w").write(" ".join(map(str, writes))))
sys.argv = ["shellgen/run.py"] + sys.argv[2:]
runpy.run_path("shellgen/run.py", run_name="__main__")
