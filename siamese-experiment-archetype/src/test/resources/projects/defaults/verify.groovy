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

// Values batch mode takes unchecked fail the generation in one line and leave no project behind; good ones pass.
def script = new File(projectDir, '../../../../../classes/META-INF/archetype-post-generate.groovy').getText('UTF-8')
def generate = { Map values ->
    def out = File.createTempDir()
    new File(out, 'bad').mkdirs()
    def properties = new Properties()
    properties.putAll(values)
    def request = [properties: properties, outputDirectory: out.path, artifactId: 'bad']
    try {
        new GroovyShell(new Binding(request: request)).evaluate(script)
        assert new File(out, 'bad').isDirectory()
        return null
    } catch (IllegalArgumentException e) {
        assert !new File(out, 'bad').exists() : 'the project written from bad values is removed'
        return e.message
    } finally {
        out.deleteDir()
    }
}
assert generate([dpi: '500', epochs: '40']) == null
assert generate([dpi: '508.5', epochs: '2']) == null
assert generate([dpi: '500dpi', epochs: '40']) == "dpi=500dpi: must be the scans' resolution in dots per inch, a number such as 500"
assert generate([dpi: '500', epochs: '1']) == 'epochs=1: must be a whole number of at least 2'
assert generate([dpi: '', epochs: 'x']).split('; ').size() == 2 : 'every bad value named'
return true
