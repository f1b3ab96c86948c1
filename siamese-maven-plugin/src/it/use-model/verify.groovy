import groovy.json.JsonSlurper
def log = new File(basedir, 'build.log').getText('UTF-8')
def matcher = new JsonSlurper().parse(new File(basedir, 'target/siamese/matcher.json'))
assert matcher.operatingPoint == 'fmr=0.01'
assert matcher.validationFmr <= 0.01
// install attached model, matcher settings and results to the project's artifact
def repo = new File(basedir, '../../it-repo/dev/siamese/it/use-model/1')
['use-model-1-model.zip', 'use-model-1-matcher.json', 'use-model-1-results.json'].each {
    assert new File(repo, it).isFile() : it
}
def from = log.indexOf(':match (default-cli) @ use-model-elsewhere')
def usedFrom = log.substring(from, log.indexOf('Scanning for projects', from))
// match by coordinates from another folder: distance, threshold, decision; quiet (no ND4J start-up lines)
assert usedFrom =~ /\[INFO\] Model .*use-model-1-model\.zip \(32×32, euclidean distance, threshold [0-9.e+-]+ \(fmr=0\.01 from use-model-1-matcher\.json\)\)\n/
assert usedFrom =~ /\[INFO\] A_00\.bmp vs A_01\.bmp: distance [0-9.e+-]+, threshold [0-9.e+-]+: (MATCH|NO MATCH)\n/
assert !usedFrom.contains('Blas vendor') && !usedFrom.contains('Loaded [CpuBackend]')
// enroll and identify
assert log =~ /\[INFO\] Enrolled 20 images of 2 identities \(float32, 128 values each\) into .*gallery\.bin/
assert log =~ /\[INFO\] probe\s+rank\s+identity\s+best template\s+distance\s+decision\n/
assert log =~ /\[INFO\] B_03\.bmp\s+1\s+B\s+B_03\.bmp\s+[0-9.e+-]+\s+match\n/
// by identity (the default): top 3 of a gallery of 2 fingers is both fingers, each by its best template
def found = new JsonSlurper().parse(new File(basedir, 'target/identify.json'))
assert found.schemaVersion == 2 && found.ranking == 'identities'
assert found.probes.size() == 1 && found.probes[0].hits*.identity == ['B', 'A']
assert found.probes[0].hits[0].source == 'B_03.bmp' && found.probes[0].hits[0].distance < found.probes[0].hits[1].distance
assert found.probes[0].hits[1].source ==~ /A_\d\d\.bmp/
assert found.threshold == matcher.threshold
// by template: three impressions, B_03 itself first
assert log =~ /\[INFO\] probe\s+rank\s+identity\s+source\s+distance\s+decision\n/
def templates = new JsonSlurper().parse(new File(basedir, 'target/identify-templates.json'))
assert templates.ranking == 'templates' && templates.probes[0].hits.size() == 3
assert templates.probes[0].hits[0].source == 'B_03.bmp'
// pretrained: no training, the installed model's bytes scored on the other data set, compared in one table
def trained = new JsonSlurper().parse(new File(basedir, 'target/siamese/results.json'))
def transfer = new JsonSlurper().parse(new File(basedir, 'transfer/target/siamese/results.json'))
assert transfer.modelSha256 == trained.modelSha256
assert transfer.history.epochs.isEmpty()
assert transfer.dataset.fingerprint != trained.dataset.fingerprint
// info lines are fitted to 80 columns: join a wrapped line's continuations before matching
def joined = log.replaceAll(/\r?\n\[INFO\]   /, ' ')
assert joined =~ /\[INFO\] Pretrained use-model-transfer: no training; dev\.siamese\.it:use-model:1 copied to /
assert log =~ /\[INFO\] Comparing 2 experiments/
assert log =~ /\[INFO\] use-model\s+stripes 32×32 · \w+\s+network\s.*\s[0-9.]+\*?\s*\n/
assert log =~ /\[INFO\] use-model-transfer\s+stripes 32×32 · \w+\s+pretrained\s.*\s[0-9.]+\*?\s*\n/
// the bad inputs, one line each
assert log =~ /\[ERROR\] Failed to execute goal .*:match .*: .*target\/nothing: model not found -> \[Help 1\]\n/
assert log =~ /\[ERROR\] Failed to execute goal .*:match .*: dev\.siamese\.it:no-such-model:1: no model artifact .* install the experiment that trained it .*\n/
assert log =~ /\[ERROR\] Failed to execute goal .*:identify .*: .*other-model\.bin: gallery enrolled with model 0{64}, not with this model/
assert log =~ /\[ERROR\] Failed to execute goal .*:match .*: .*small\.png: image is 20×20 pixels; the model takes 32×32 \(resize the scans or set -Dsiamese\.resize=bilinear\) -> \[Help 1\]\n/
assert log =~ /\[ERROR\] Failed to execute goal .*:enroll .*: .*empty: no images in this folder \(extensions bmp, png, tif, tiff\) -> \[Help 1\]\n/
assert !log.contains('\tat ')
assert !new File(basedir, 'target/empty.bin').exists()
return true
