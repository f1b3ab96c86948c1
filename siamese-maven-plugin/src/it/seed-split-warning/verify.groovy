def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] validation split (by-image, unshuffled) holds a single identity (A): 6 images of one finger')
assert log.contains('[WARNING] validation pairs are all genuine (label 1): 6 pairs of a single label')
def manifest = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/siamese/dataset/manifest.json'))
assert manifest.images.findAll { it.split == 'validation' }*.file == (0..5).collect { String.format('A_%02d.bmp', it) }
return true
