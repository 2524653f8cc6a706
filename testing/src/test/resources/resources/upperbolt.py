"""Emits each word with its upper-case form; raises on the word "boom" (BasicBolt: reported, failed)."""
import storm


class UpperBolt(storm.BasicBolt):
    def process(self, tup):
        word = tup.values[0]
        if word == "boom":
            raise ValueError("cannot shout %r" % word)
        storm.emit([word, word.upper()])


UpperBolt().run()
