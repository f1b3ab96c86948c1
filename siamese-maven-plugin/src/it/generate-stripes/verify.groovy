import java.security.MessageDigest

def dataset = new File(basedir, 'target/siamese/dataset')
def sha = { File f -> MessageDigest.getInstance('SHA-256').digest(f.bytes).encodeHex().toString() }
// sha256 of A_00.bmp and B_00.bmp as Pillow 9.4 writes them from the seed's script
def expected = ['A': '19728cd332240bddc1711bc7bcf6993efb2354a7d6c5c949a2a06124cf125a17',
                'B': '386cc12ad63052f3ad8fbae0f632c429107520a192c7bc199ea26f1cf6e0e31c']
['A', 'B'].each { finger ->
    (0..14).each { i ->
        def f = new File(dataset, String.format('%s_%02d.bmp', finger, i))
        assert f.isFile() : "missing ${f}"
        assert sha(f) == expected[finger] : "${f.name} differs from the Pillow script's output"
    }
}
assert dataset.listFiles().findAll { it.name.endsWith('.bmp') }.size() == 30

def manifest = new groovy.json.JsonSlurper().parse(new File(dataset, 'manifest.json'))
assert manifest.schemaVersion == 1
assert manifest.images.size() == 30
assert manifest.images.count { it.split == 'validation' } == 6
assert manifest.images.every { it.sha256 ==~ /[0-9a-f]{64}/ && it.identity == it.file.substring(0, 1) }
def pairs = new groovy.json.JsonSlurper().parse(new File(dataset, 'pairs.json'))
assert pairs.train.size() == 24 && pairs.validation.size() == 6

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] Generated data set: 30 stripes images of 2 fingers, 160×160')
assert log.indexOf('[INFO] Data set up to date: 30 stripes images') > log.indexOf('Generated data set')
assert !new File(basedir, 'target/siamese').listFiles().any { it.name.contains('.tmp-') }
return true
