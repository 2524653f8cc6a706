"""A BasicBolt that prints, writes to file descriptor 1, starts a child that prints, and reads stdin."""
import os
import subprocess
import sys

import storm

print("printed at import")


class PrintBolt(storm.BasicBolt):
    def process(self, tup):
        print("printing", tup.values[0])
        print("no line break yet", end="")
        print(" ...now", flush=True)
        os.write(1, b"written to descriptor 1\n")
        subprocess.run([sys.executable, "-c", "print('printed by a child process')"], check=True)
        storm.log("stdin reads %r" % (sys.stdin.read(),))
        storm.emit([tup.values[0]])


PrintBolt().run()
