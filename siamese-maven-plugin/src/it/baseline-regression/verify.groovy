def log = new File(basedir, 'build.log').getText('UTF-8')
// A baseline that claims zero validation loss: any real loss is a regression beyond a 1e-12 tolerance.
assert log =~ /\[ERROR\] Expectation missed: validation\.loss is [0-9.e-]+, expected <= 1\.000e-12 \(baseline 0\.000 \+ 1\.000e-12, results\.json\), missed by [0-9.e-]+ \(no loss regression\)/
assert !(log =~ /Expectation missed: train\.accuracy/) : 'within tolerance is not a regression'
assert log.contains('1 of 2 expectation limits missed: validation.loss (baseline-regression)')
return true
