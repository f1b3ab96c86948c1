def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[ERROR] Expectation missed: validation.accuracy')
assert log.contains('[WARNING] 1 of 1 expectation limit missed: validation.accuracy (check-report-only); not failing: siamese.check.haltOnFailure=false')
assert log.contains('BUILD SUCCESS')
return true
