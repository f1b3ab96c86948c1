assert new File(basedir, 'build.log').text.contains('Skipping: siamese.skip is set')
assert !new File(basedir, 'target/siamese').exists()
return true
