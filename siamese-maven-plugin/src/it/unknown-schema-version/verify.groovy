def log = new File(basedir, 'build.log').text
assert log.contains('experiment.json: $.schemaVersion: unknown schema version 7; this build reads schemaVersion 1')
assert !log.contains('\tat ')
return true
