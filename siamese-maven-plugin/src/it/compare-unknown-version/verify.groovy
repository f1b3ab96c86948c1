def log = new File(basedir, 'build.log').getText('UTF-8')
def file = new File(basedir, 'runs/future/results.json').canonicalPath
assert log.contains(file + ': results schemaVersion 2 is unknown; this build reads 1') : 'one line naming the file'
assert !log.contains('\tat ')
assert !new File(basedir, 'target/siamese/compare.md').exists() : 'nothing written from a partial read'
return true
