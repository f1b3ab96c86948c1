def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /target\/siamese\/dataset\/manifest\.json: not found; run siamese:train first/
assert !log.contains('\tat ')
return true
