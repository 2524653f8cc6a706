// pip checked the hash and refused the package; the build failed saying which file and why, and
// nothing was left in the class output for a jar to pick up.
def log = new File(basedir, 'build.log').text
assert log.contains('THESE PACKAGES DO NOT MATCH THE HASHES')
assert log.contains('storm-shellgen could not vendor the Python packages of')
assert log.contains('requirements.txt: pip exited with status 1')
assert !new File(basedir, 'target/classes/resources/site-packages').exists()
return true
