// The run stopped at its time limit, said why, printed what it saw, and failed the build.
def log = new File(basedir, 'build.log').text
assert log.contains('storm-shellgen: running topology "ticker"')
assert log.contains('did not finish within its time limit of 8 s')
// Why it did not finish: every reason that held is named; which ones hold depends on timing.
assert log =~ /its input does not end|tuple trees were still pending/
assert log.contains('(stopped at the time limit)')
assert log =~ /(?m)^ticks\s+spout\s+[1-9]/
assert log.contains('The topology run did not succeed (exit status 1)')
assert log.contains('echo saw the first tick')
return true
