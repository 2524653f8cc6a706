// The project the archetype makes, for a cluster on Storm 2.7.1 (stormVersion=2.7.1): storm-shellgen's
// artifacts, built against the parent POM's Storm, run the topology on Storm 2.7.1's LocalCluster
// (shellgen:run, through shellgen-testing), with exact figures: basic/'s checks, but its JUnit test,
// which this build skips to keep CI short (.ci/versions runs every test on every version).
def log = new File(basedir, 'project/lines/build.log').text
assert log.contains('on an in-process Storm 2.7.1 cluster')
assert log.contains('Tests are skipped.')
binding.setVariable('junitSkipped', true)
return evaluate(new File(basedir, '../../projects/basic/verify.groovy'))
