/*
 * faulty.py's "exit" fault on Node.js with Storm's storm.js: doubles each number, and once (kept in
 * a file of faults.dir), on the number faults.trigger, exits with status 3.
 */
'use strict';

const fs = require('fs');
const path = require('path');
const storm = require('./storm');

function ignoreTaskIds() {}

function FaultyBolt() {
    storm.BasicBolt.call(this);
}

FaultyBolt.prototype = Object.create(storm.BasicBolt.prototype);
FaultyBolt.prototype.constructor = FaultyBolt;

FaultyBolt.prototype.initialize = function (conf, context, done) {
    this.marker = path.join(conf['faults.dir'] || '.', 'fault-done');
    this.trigger = conf['faults.trigger'];
    done();
};

FaultyBolt.prototype.process = function (tup, done) {
    const n = tup.values[0];
    if (n === this.trigger && !fs.existsSync(this.marker)) {
        fs.writeFileSync(this.marker, '');
        process.stderr.write('faulty.js: exiting on ' + n + '\n', () => process.exit(3));
        return;
    }
    this.emit({tuple: [n, 2 * n], anchorTupleId: tup.id}, ignoreTaskIds);
    done();
};

new FaultyBolt().run();
