"""Emits each word with its length, and words longer than five letters also to the stream "long"."""
import storm


class LengthBolt(storm.BasicBolt):
    def process(self, tup):
        word = tup.values[0]
        storm.emit([word, len(word)])
        if len(word) > 5:
            storm.emit([word], stream="long")


LengthBolt().run()
