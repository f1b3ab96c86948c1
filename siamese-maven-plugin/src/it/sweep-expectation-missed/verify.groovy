def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /\[ERROR\] Expectation missed: default validation\.accuracy mean is [0-9.]+, expected >= 1\.010, missed by [0-9.]+ \(above any accuracy\)/
assert log =~ /\[ERROR\] Expectation missed: default train\.accuracy seeds with >= 1\.010 is 0\.000, expected at least 2 of 2, missed by 2\.000/
assert !(log =~ /Expectation missed: default validation\.loss/) : 'a met limit is not reported as missed'
assert log.contains('2 of 3 expectation limits missed: default validation.accuracy mean; default train.accuracy seeds with >= 1.010 (sweep of sweep-expectation-missed)')
assert !log.contains('\tat ')
assert new File(basedir, 'target/siamese/sweep.json').isFile() : 'the aggregates are written before the check'
return true
