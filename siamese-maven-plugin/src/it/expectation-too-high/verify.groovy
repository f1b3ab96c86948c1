def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /\[ERROR\] Expectation missed: validation\.accuracy is [0-9.]+, expected >= 1\.010, missed by [0-9.]+ \(above any accuracy\)/
assert log =~ /\[ERROR\] Expectation missed: validation\.loss is [0-9.e-]+, expected <= -1\.000, missed by [0-9.]+/
assert !(log =~ /Expectation missed: train\.accuracy/) : 'a met limit is not reported as missed'
assert log.contains('2 of 3 expectation limits missed: validation.accuracy; validation.loss (expectation-too-high)')
assert !log.contains('\tat ')
assert new File(basedir, 'target/siamese/results.json').isFile()
return true
