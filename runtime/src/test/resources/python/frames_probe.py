"""A bolt for the frames tests: prints before it starts, echoes values, and on "garbage" writes text
straight to the protocol's pipe, on "big" emits a value of two million characters."""
import os

import storm

print("printed before the handshake")


class FramesProbe(storm.BasicBolt):
    def process(self, tup):
        value = tup.values[0]
        if value == "garbage":
            os.write(storm._pipes.out_fd, b"not a frame at all\n")
        elif value == "big":
            storm.emit(["x" * 2000000])
        elif value == "ask":
            storm.log("task ids %r" % (storm.emit(["ask"], need_task_ids=True),))
        else:
            storm.emit(tup.values)


FramesProbe().run()
