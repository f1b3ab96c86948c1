def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[ERROR] Regression: stripes-dense-1 validation.accuracy 0.98 → 0.91 (−0.07, tolerance 0.01)')
// loss 0.03 → 0.035 is worse, but within the tolerance: shown, not a regression
assert !log.contains('Regression: stripes-dense-1 validation.loss')
assert log =~ /stripes-dense-1\s+validation\.loss\s+0\.0300\s+0\.0350\s+\+0\.0050\s+▼/
assert log =~ /stripes-dense-1\s+train\.accuracy\s+1\.0000\s+1\.0000\s+0\.0000\s+=/
assert log.contains('1 of 5 values regressed against the baseline beyond tolerance 0.01: stripes-dense-1 validation.accuracy')
assert new File(basedir, 'target/siamese/compare.md').getText('UTF-8').contains('| stripes-dense-1 | validation.accuracy | 0.9800 | 0.9100 | −0.0700 | ▼ |')
assert !log.contains('\tat ')
return true
