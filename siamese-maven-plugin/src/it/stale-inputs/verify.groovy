def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /target\/siamese\/model\.zip: trained for another spec or data set \(training fingerprint [0-9a-f]{12}…, this spec's is [0-9a-f]{12}…\); run siamese:train/
assert log =~ /target\/siamese\/results\.json: made from another spec \(experiment "stale-inputs", spec SHA-256 [0-9a-f]{12}…\), not from .*another\.json \("another", [0-9a-f]{12}…\); run siamese:evaluate/
assert !log.contains('All 1 expectation limits met')
assert !log.contains('\tat ')
return true
