package dev.siamese.cli;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import dev.siamese.SiameseVersion;

/**
 * {@code siamese}: a trained model put to use without Maven. Each command is a class of its own; this one holds
 * what they share (help, version, {@code --verbose}) and maps failures to exit codes ({@link ErrorHandler}).
 * {@code siamese generate-completion} prints picocli's bash/zsh completion script
 * ({@code source <(bin/siamese generate-completion)}).
 */
@Command(name = "siamese", mixinStandardHelpOptions = true, versionProvider = SiameseCli.Version.class,
        description = "Use a trained Siamese fingerprint model: compare scans, describe a model, enroll and search a gallery, score a folder.",
        subcommands = {MatchCommand.class, InfoCommand.class, EnrollCommand.class, IdentifyCommand.class,
                ScoreCommand.class, CommandLine.HelpCommand.class, AutoComplete.GenerateCompletion.class},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.DECISION, ExitCodes.NO_DECISION, ExitCodes.USER, ExitCodes.INTERNAL})
public final class SiameseCli {
    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Log the library's progress (INFO) on stderr; by default only warnings and errors.")
    void verbose(boolean on) {
        if (on) {
            CliLogging.verbose();
        }
    }

    /** The command line, with this program's error handling; tests call it in-process. */
    public static CommandLine commandLine() {
        ErrorHandler errors = new ErrorHandler();
        return new CommandLine(new SiameseCli())
                .setParameterExceptionHandler(errors)
                .setExecutionExceptionHandler(errors);
    }

    public static void main(String[] args) {
        CliLogging.quiet(); // before anything makes a logger
        System.exit(commandLine().execute(args));
    }

    /** The library's version, as results record it. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"siamese " + SiameseVersion.siamese() + " (Deeplearning4j " + SiameseVersion.dl4j() + ")"};
        }
    }
}
