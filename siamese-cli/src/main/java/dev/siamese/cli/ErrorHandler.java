package dev.siamese.cli;

import dev.siamese.ExperimentException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

import java.io.PrintWriter;

/**
 * Turns failures into exit codes: a bad option or a user's mistake ({@link ExperimentException}, whose message is
 * complete on its own) is one line on stderr and {@value ExitCodes#USER_ERROR}; anything else is a bug or a broken
 * installation, with its stack trace, and {@value ExitCodes#INTERNAL_ERROR}.
 */
final class ErrorHandler implements IParameterExceptionHandler, IExecutionExceptionHandler {
    /** The library's advice names no option; this names the command's. */
    private static final String LIBRARY_RESIZE_ADVICE = "choose resize policy bilinear";

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        cmd.getErr().println("siamese: " + firstLine(e.getMessage()) + " (see " + cmd.getCommandSpec().qualifiedName()
                + " --help)");
        return ExitCodes.USER_ERROR;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        if (e instanceof ExperimentException) {
            String message = e.getMessage().replace(LIBRARY_RESIZE_ADVICE, "give --resize bilinear");
            err.println("siamese: " + firstLine(message));
            return ExitCodes.USER_ERROR;
        }
        e.printStackTrace(err);
        return ExitCodes.INTERNAL_ERROR;
    }

    /** A message's first line: a regular expression's error, for one, shows the pattern and a caret below. */
    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
