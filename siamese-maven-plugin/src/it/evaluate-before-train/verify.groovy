def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /target\/siamese\/training-manifest\.json: not found: no complete training in .*target\/siamese; run siamese:train/
assert !log.contains('\tat ')
return true
