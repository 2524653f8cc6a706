/*
 * wordstats splitter, on Node.js with Storm's storm.js: splits a sentence into words and emits
 * each one on the default stream; a word of at least conf["wordstats.long.min"] letters also goes,
 * with its length, to the stream "long". Every emit is anchored to the sentence, which is acked
 * once it is split.
 *
 * A word is letters with inner apostrophes ("nature's"), as in the word count's splitbolt.py.
 * Words are lower-cased only when the environment says WORDSTATS_CASE=lower.
 */
'use strict';

const storm = require('./storm');

const WORD = /[A-Za-z]+(?:'[A-Za-z]+)*/g;

// storm.js's emit asks Storm for the receiving task ids and wants a callback for them.
function ignoreTaskIds() {}

function SplitBolt() {
    storm.BasicBolt.call(this);
}

SplitBolt.prototype = Object.create(storm.BasicBolt.prototype);
SplitBolt.prototype.constructor = SplitBolt;

SplitBolt.prototype.initialize = function (conf, context, done) {
    this.lowerCase = process.env.WORDSTATS_CASE === 'lower';
    const longMin = conf['wordstats.long.min'];
    this.longMin = typeof longMin === 'number' ? longMin : Infinity;
    // done() answers the handshake: storm.js must send nothing before it, not even a log message.
    done();
    if (this.longMin === Infinity) {
        this.logError('conf["wordstats.long.min"] is ' + JSON.stringify(longMin)
            + ', not a number: no word goes to the stream "long"');
    }
};

SplitBolt.prototype.process = function (tup, done) {
    const words = tup.values[0].match(WORD) || [];
    for (const found of words) {
        const word = this.lowerCase ? found.toLowerCase() : found;
        this.emit({tuple: [word], anchorTupleId: tup.id}, ignoreTaskIds);
        if (word.length >= this.longMin) {
            this.emit({tuple: [word, word.length], stream: 'long', anchorTupleId: tup.id}, ignoreTaskIds);
        }
    }
    done();
};

new SplitBolt().run();
