def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains(': runs/future/results.json: results schemaVersion 2 is unknown; this build reads 1') :
        'one line naming the file, relative to where Maven was started'
assert !log.contains('\tat ')
assert !new File(basedir, 'target/siamese/compare.md').exists() : 'nothing written from a partial read'
return true
