def log = new File(basedir, 'build.log').getText('UTF-8')
def count = { String text -> log.split(java.util.regex.Pattern.quote(text), -1).length - 1 }
// 1st build trains and evaluates; the 2nd skips both; the 3rd (siamese.force) does both again
assert count('Trained up-to-date: 2 epochs') == 2 : 'trained in builds 1 and 3 only'
assert count('Training of up-to-date up to date, skipped') == 1
assert count('Evaluation of up-to-date up to date, skipped') == 1
assert count('Validation: ') == 3 : 'every build still logs the metrics'
assert count('BUILD SUCCESS') == 3
def manifest = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/siamese/training-manifest.json'))
assert manifest.files.keySet() == ['model.zip', 'history.json', 'training-timings.json'] as Set
def results = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/siamese/results.json'))
assert results.provenance.training == manifest.fingerprint
assert results.environment.siamese ==~ /\d+\.\d+\.\d+(-SNAPSHOT)?/
assert results.environment.dl4j == '1.0.0-M2.1'
return true
