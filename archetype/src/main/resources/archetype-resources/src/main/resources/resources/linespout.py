import time

import storm


class LineSpout(storm.Spout):
    def initialize(self, conf, context):
        with open("lines.txt", encoding="utf-8") as text:  # runs in resources/
            self.lines = [line.strip() for line in text if line.strip()]
        self.next = 0
        self.replays = []

    def nextTuple(self):
        if self.replays:
            index = self.replays.pop(0)
        elif self.next < len(self.lines):
            index = self.next
            self.next += 1
        else:
            time.sleep(0.05)  # input used up: idle
            return
        storm.emit([self.lines[index]], id=index)

    def fail(self, id):
        self.replays.append(id)


LineSpout().run()
