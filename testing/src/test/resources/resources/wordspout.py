"""Emits each line of words.txt once, with a message id; replays a failed word; then idles."""
import time

import storm


class WordSpout(storm.Spout):
    def initialize(self, conf, context):
        with open("words.txt", encoding="utf-8") as text:
            self.words = [line.strip() for line in text if line.strip()]
        self.next_index = 0
        self.replays = []

    def nextTuple(self):
        if self.replays:
            index = self.replays.pop(0)
        elif self.next_index < len(self.words):
            index = self.next_index
            self.next_index += 1
        else:
            time.sleep(0.05)
            return
        storm.emit([self.words[index]], id=index)

    def fail(self, id):
        self.replays.append(id)


WordSpout().run()
