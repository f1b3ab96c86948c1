import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

// archetype:integration-test 3.4.1 binds the generated project's folder as context.projectDir.
File projectDir = context.projectDir

// The defaults: scans/ inside the project, allowed as ${project.basedir}/scans, 500 dpi, 40 epochs; init set.
def pom = new XmlSlurper().parse(new File(projectDir, 'pom.xml'))
assert pom.properties.'siamese.allowedFolders'.text() == '${project.basedir}/scans'
assert pom.properties.'siamese.version'.text() ==~ /\d+\.\d+\.\d+(-SNAPSHOT)?/ : 'the plugin version filled in'
def spec = new JsonSlurper().parse(new File(projectDir, 'experiment.json'))
assert spec.dataset.folder == 'scans' && spec.dataset.dpi == 500 && spec.training.epochs == 40
assert spec.model.init == 'org.example:fingerprint-matcher:1.0'
assert new File(projectDir, '.gitignore').readLines().contains('scans/')
def readme = new File(projectDir, 'README.md').text
assert readme.startsWith('from-pretrained\n') && !readme.contains('$') : 'every parameter filled in'
return true
