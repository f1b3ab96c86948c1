import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

// archetype:integration-test 3.4.1 binds the generated project's folder as context.projectDir.
File projectDir = context.projectDir

// The generated project built on its own: no parent, the plugin's goals bound, the scans' folder allowed.
def pom = new XmlSlurper().parse(new File(projectDir, 'pom.xml'))
assert pom.parent.isEmpty() : 'standalone: no parent POM'
assert pom.build.plugins.plugin.executions.execution.goals.goal*.text() == ['generate', 'train', 'evaluate', 'check']
def scans = new File(projectDir, '../../../../../../src/test/scans').canonicalFile
assert new File(pom.properties.'siamese.allowedFolders'.text()).canonicalFile == scans

def spec = new JsonSlurper().parse(new File(projectDir, 'experiment.json'))
assert spec.schemaVersion == 1 && spec.name == 'my-scans'
assert spec.dataset.type == 'folder' && spec.dataset.dpi == 250 && spec.training.epochs == 2
assert !spec.model.containsKey('init') : 'init "none" leaves model.init out'

// It read every scan, a finger per name before its last '_', held half of the fingers out of training and judged
// those by FVC's protocol (3 fingers x 3 impressions: 9 genuine, 3 impostor comparisons).
def out = new File(projectDir, 'target/siamese')
def images = new JsonSlurper().parse(new File(out, 'dataset/manifest.json')).images
assert images.size() == 18 : 'the 18 test scans'
assert images*.identity.toSet() == ('1'..'6').toSet()
def fingers = { split -> images.findAll { it.split == split }*.identity.toSet() }
assert fingers('train').size() == 3 && fingers('validation').size() == 3
assert fingers('train').intersect(fingers('validation')).isEmpty() : 'split by finger'
def validation = new JsonSlurper().parse(new File(out, 'results.json')).metrics.validation
assert validation.genuinePairs == 9 && validation.impostorPairs == 3
assert validation.eer instanceof Number && validation.eer >= 0 && validation.eer <= 1 : 'an EER measured'
['model.zip', 'matcher.json', 'report.html'].each { assert new File(out, it).isFile() : it }
assert new File(projectDir, 'README.md').text.contains('dataset.dpi` is 250')
return true
