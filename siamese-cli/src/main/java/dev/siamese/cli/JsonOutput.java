package dev.siamese.cli;

import dev.siamese.AtomicWrite;
import dev.siamese.ExperimentException;
import dev.siamese.ResultsMapper;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/** {@code --json} (the answer as JSON on stdout) and {@code -o FILE} (written as JSON, whole or not at all). */
final class JsonOutput {
    @Option(names = "--json", description = "Print the answer as JSON instead of a line of text.")
    boolean json;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Also write the answer as JSON to FILE.")
    Path file;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** Writes {@code -o}'s file first (a failure prints nothing), then the line or the JSON on the command's stdout. */
    void emit(Object answer, String line) {
        PrintWriter out = command.commandLine().getOut();
        try {
            if (file != null) {
                AtomicWrite.write(file, tmp -> ResultsMapper.MAPPER.writeValue(tmp.toFile(), answer));
            }
            out.println(json ? ResultsMapper.MAPPER.writeValueAsString(answer) : line);
        } catch (IOException e) {
            throw new ExperimentException(file + ": cannot write (" + ExperimentException.reason(e) + ")");
        }
    }
}
