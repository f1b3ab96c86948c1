def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def skips = log.readLines().findAll { it.contains('[WARNING] Skipping: ') && it.contains('-Dsiamese.realData=<folder>') }
assert skips.size() == 7 : 'generate, train, evaluate and check of the experiment, train, evaluate and check of the one built on it: ' + skips
assert skips.every { it.contains('FVC2000 DB1 set B from the FVC2000 site') } : 'what to obtain'
assert skips.findAll { it.contains('its experiment was skipped') }.size() == 3 : 'the experiment built on it says why: ' + skips
assert !log.contains('Exception')
assert !new File(basedir, 'target/siamese/results.json').exists()
assert new File(basedir, 'target/built-on-it/dataset/manifest.json').exists() : 'its own data set is made'
assert !new File(basedir, 'target/built-on-it/results.json').exists()
return true
