"""Doubles each number, and once, on the number faults.trigger, commits the fault faults.mode:

exit       the process exits with status 3
crashloop  the process exits with status 3, every time
kill       it writes its pid to faults.dir/pid and waits to be killed (the test sends SIGKILL)
hang       it sleeps for an hour
garbage    it prints a line to standard output (on Storm's storm.py, that is the protocol's pipe)
rawgarbage it writes a line straight to the protocol's pipe (on storm-shellgen's runtime, where
           print() cannot reach it)
exception  process() raises
arity      it emits one value where the stream declares two fields
stream     it emits to a stream it does not declare
big        it emits a tuple of 2 MB

"Once" is kept in a file of faults.dir, so a restarted process does not repeat it.
"""
import os
import sys
import time

import storm


class Faulty(storm.BasicBolt):
    def initialize(self, conf, context):
        self.mode = conf.get("faults.mode", "none")
        self.dir = conf.get("faults.dir", ".")
        self.trigger = int(conf.get("faults.trigger", 7))

    def process(self, tup):
        n = tup.values[0]
        if n == self.trigger and self.mode != "none" and self.first_time():
            sys.stderr.write("faulty.py: committing fault %s on %d\n" % (self.mode, n))
            sys.stderr.flush()
            self.commit(n)
        storm.emit([n, 2 * n])

    def first_time(self):
        if self.mode == "crashloop":
            return True
        try:
            os.close(os.open(os.path.join(self.dir, "fault-done"), os.O_CREAT | os.O_EXCL))
            return True
        except FileExistsError:
            return False

    def commit(self, n):
        mode = self.mode
        if mode in ("exit", "crashloop"):
            os._exit(3)
        elif mode == "kill":
            with open(os.path.join(self.dir, "pid.tmp"), "w") as f:
                f.write(str(os.getpid()))
            os.rename(os.path.join(self.dir, "pid.tmp"), os.path.join(self.dir, "pid"))
            time.sleep(3600)
        elif mode == "hang":
            time.sleep(3600)
        elif mode == "garbage":
            print("faulty.py got %d" % n)
            sys.stdout.flush()
        elif mode == "rawgarbage":
            os.write(storm._pipes.out_fd, b"faulty.py got %d\n" % n)
        elif mode == "exception":
            raise ValueError("faulty.py cannot take %d" % n)
        elif mode == "arity":
            storm.emit([n])  # shellgen: ignore (the fault under test)
        elif mode == "stream":
            storm.emit([n, 2 * n], stream="nowhere")  # shellgen: ignore (the fault under test)
        elif mode == "big":
            storm.emit(["x" * (2 << 20), n])


Faulty().run()
