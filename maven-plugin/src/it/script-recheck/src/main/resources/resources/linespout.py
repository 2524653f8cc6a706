import storm


class LineSpout(storm.Spout):
    def nextTuple(self):
        storm.emit(["to be or not to be"], id=1)


LineSpout().run()
