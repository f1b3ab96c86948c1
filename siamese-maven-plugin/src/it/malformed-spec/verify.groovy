def log = new File(basedir, 'build.log').text
def spec = new File(basedir, 'experiment.json').canonicalPath
// the path below the folder Maven was started in is named relative to it
assert !log.contains(spec) : 'the spec named relative to where Maven was started'
assert log.contains(": experiment.json: \$.training.epochs: must be an integer from 1 to 1000000, got a string (\"many\")") : 'message must name file, JSON path and what is allowed'
assert !log.contains('\tat ') : 'no stack trace for a user mistake'
assert !log.contains('Caused by') && !log.contains('SpecException') : 'no exception chain for a user mistake'
assert !new File(basedir, 'target/siamese/dataset').exists() : 'nothing written for a bad spec'
return true
