def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[WARNING] -Dsiamese.thresold is not a property of the Siamese plugin; did you mean siamese.threshold?\n')
assert log.contains('[WARNING] -Dsiamese.xyzzy is not a property of the Siamese plugin\n')
assert log.findAll(/\[WARNING\] -Dsiamese\./).size() == 2 : 'siamese.force and siamese.ownSetting are known'
assert log.contains('BUILD SUCCESS')
assert new File(basedir, 'target/siamese/dataset/manifest.json').isFile()
return true
