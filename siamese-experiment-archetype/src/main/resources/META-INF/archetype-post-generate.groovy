// Run by archetype:generate after writing the project. Maven checks the parameters' validationRegex only when it
// asks for them, not in batch mode or for values given with -D; a value that is no number would make experiment.json
// invalid JSON. So: a bad value fails the generation with one line naming it, and the project written from it is
// removed. The values' ranges are the spec's to check (the build reads experiment.json as any experiment's).
def properties = request.properties
def problems = []
String dpi = properties.getProperty('dpi')
if (!(dpi ==~ /[0-9]+(\.[0-9]+)?/)) {
    problems << "dpi=${dpi}: must be the scans' resolution in dots per inch, a number such as 500"
}
String epochs = properties.getProperty('epochs')
if (!(epochs ==~ /[0-9]{1,9}/) || (epochs as int) < 2) { // the generated schedule warms up for 1 epoch
    problems << "epochs=${epochs}: must be a whole number of at least 2"
}
if (problems) {
    new File(request.outputDirectory, request.artifactId).deleteDir()
    throw new IllegalArgumentException(problems.join('; '))
}
