def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def skips = log.readLines().findAll { it.contains('[WARNING] Skipping: ') && it.contains('-Dsiamese.realData=<folder>') }
assert skips.size() == 4 : 'generate, train, evaluate and check each skip: ' + skips
assert skips.every { it.contains('FVC2000 DB1 set B from the FVC2000 site') } : 'what to obtain'
assert !log.contains('Exception')
assert !new File(basedir, 'target/siamese/results.json').exists()
return true
