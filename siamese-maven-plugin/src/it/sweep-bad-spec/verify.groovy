def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /sweep\.json: \$\.grid\["training\.optimizer\.learningRate"\]\[1\]: value "fast": must be a number > 0, got a string \("fast"\)/
assert !log.contains('\tat ')
assert !new File(basedir, 'target/siamese/sweep').exists() : 'nothing runs before every point is valid'
return true
