package io.alsoread.cli;

import io.alsoread.AlsoReadException;
import io.alsoread.BadQueryException;
import io.alsoread.util.IoReasons;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

/**
 * The {@code alsoread} program: parses the command line, runs the command, and turns every failure into
 * one line on stderr and the SPEC's exit code (set {@code ALSOREAD_DEBUG=1} for stack traces).
 */
public final class Main {

  private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\R\\s*");

  private Main() {}

  public static void main(String[] args) {
    // Lucene logs through java.util.logging that the JDK's vector module is not enabled: advice for a
    // server operator, noise in a terminal. The CLI owns the process, so it may quiet that logger.
    Logger vectorization = Logger.getLogger("org.apache.lucene.internal.vectorization");
    vectorization.setLevel(Level.SEVERE);
    CliContext context = CliContext.system();
    if (context.editsLines() && startsTheRepl(args)) {
      context = context.withTerminalSetUp(TerminalSetUp.start());
    }
    int code = run(context, args);
    Reference.reachabilityFence(vectorization); // a logger only weakly held would forget its level
    System.exit(code);
  }

  /** Runs {@code args} against {@code context}; returns the exit code. */
  public static int run(CliContext context, String... args) {
    return commandLine(context, args).execute(args);
  }

  /** The command line for {@code args}: all subcommands, or only the one named when that is all it needs. */
  static CommandLine commandLine(CliContext context, String... args) {
    AlsoReadCommand root = new AlsoReadCommand(context);
    CommandLine cli = new CommandLine(root.spec);
    // A one-shot command starts sooner when only its own model is built. Help, completion and mistyped
    // names need them all.
    String named = subcommandNamed(args);
    for (Map.Entry<String, Function<AlsoReadCommand, Subcommand>> sub : AlsoReadCommand.SUBCOMMANDS.entrySet()) {
      if (named == null || named.equals(sub.getKey())) {
        cli.addSubcommand(sub.getKey(), sub.getValue().apply(root).spec);
      }
    }
    cli.setOut(new PrintWriter(context.out(), true, StandardCharsets.UTF_8));
    cli.setErr(new PrintWriter(context.err(), true, StandardCharsets.UTF_8));
    cli.setColorScheme(CommandLine.Help.defaultColorScheme(context.outColour() ? Ansi.ON : Ansi.OFF));
    cli.setUsageHelpAutoWidth(context.outTerminal());
    cli.setUsageHelpWidth(Math.max(55, Math.min(100, context.columns()))); // picocli's minimum is 55
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler((exception, unused) -> usageError(context, exception));
    cli.setExecutionExceptionHandler((exception, commandLine, parseResult) -> failure(context, exception));
    return cli;
  }

  /** Whether the arguments open the REPL: {@code repl}, or no command and no {@code --version}. */
  private static boolean startsTheRepl(String... args) {
    String named = subcommandNamed(args);
    return "repl".equals(named) || "".equals(named) && !List.of(args).contains("--version") && !List.of(args).contains("-V");
  }

  /**
   * The subcommand the arguments name, when it needs no other; "" for none (the bare REPL); null when
   * all are needed.
   */
  private static String subcommandNamed(String... args) {
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--index")) {
        i++; // its value
      } else if (arg.equals("-h") || arg.equals("--help")) {
        return null;
      } else if (!arg.startsWith("-")) {
        return AlsoReadCommand.SUBCOMMANDS.containsKey(arg) && !arg.equals("completion") ? arg : null;
      }
    }
    return "";
  }

  private static int usageError(CliContext context, CommandLine.ParameterException exception) {
    CommandLine command = exception.getCommandLine();
    String name = command.getCommandSpec().qualifiedName();
    String suggestion = "";
    if (exception instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
      suggestion = "; did you mean " + String.join(" or ", unmatched.getSuggestions()) + "?";
    }
    context.err().println(name + ": " + oneLine(problem(exception)) + suggestion + " (see `" + name + " --help`)");
    debug(context, exception);
    return ExitCodes.USAGE;
  }

  /**
   * What is wrong with the command line, in the user's terms: picocli says "Unmatched argument at
   * index 2" for a mistyped command or a word too many, which names neither.
   */
  private static String problem(CommandLine.ParameterException exception) {
    String message = exception.getMessage();
    if (!(exception instanceof CommandLine.UnmatchedArgumentException unmatched) || unmatched.getUnmatched().isEmpty()
        || message == null || !message.startsWith("Unmatched argument")) {
      return message; // an unknown option names itself
    }
    List<String> words = unmatched.getUnmatched();
    CommandLine.Model.CommandSpec command = exception.getCommandLine().getCommandSpec();
    if (command.parent() == null && !command.subcommands().isEmpty()) {
      return "unknown command '" + words.get(0) + "'";
    }
    return (words.size() == 1 ? "unexpected argument " : "unexpected arguments ")
        + String.join(", ", words.stream().map(word -> "'" + word + "'").toList());
  }

  private static int failure(CliContext context, Exception exception) {
    Throwable problem = exception instanceof UncheckedIOException unchecked ? unchecked.getCause() : exception;
    int code;
    String message;
    if (problem instanceof CommandFailure failure) {
      code = failure.exitCode();
      message = failure.getMessage();
    } else if (problem instanceof BadQueryException) {
      code = ExitCodes.USAGE;
      message = "bad query: " + problem.getMessage();
    } else if (problem instanceof AlsoReadException failure) {
      code = ExitCodes.IO;
      message = IndexAdvice.message(failure);
    } else if (problem instanceof IOException io) {
      code = ExitCodes.IO;
      message = ioMessage(io);
    } else {
      code = ExitCodes.IO;
      message = "internal error: " + problem;
    }
    context.err().println("alsoread: " + oneLine(message));
    debug(context, exception);
    return code;
  }

  /** The JDK's file exceptions carry the path as their message; say what went wrong too. */
  static String ioMessage(IOException exception) {
    if (exception instanceof FileSystemException fs && fs.getFile() != null) {
      // Only the index folder is created, so a path that exists is a file where it should be.
      String reason = exception instanceof FileAlreadyExistsException ? "exists and is not a folder" : IoReasons.of(exception);
      return fs.getFile() + ": " + reason;
    }
    return exception.getMessage() == null ? exception.toString() : exception.getMessage();
  }

  private static String oneLine(String message) {
    if (message == null) {
      return "";
    }
    return Layout.printable(LINE_BREAKS.matcher(message.strip()).replaceAll("; "));
  }

  private static void debug(CliContext context, Throwable exception) {
    String flag = context.env().get("ALSOREAD_DEBUG");
    if (flag != null && !flag.isEmpty() && !flag.equals("0")) {
      exception.printStackTrace(context.err());
    }
  }
}
