package io.alsoread.cli;

import io.alsoread.IndexListener;
import io.alsoread.IndexSummary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * One index run of the command line: a progress bar on a terminal's stderr, a clean stop on Ctrl-C
 * (the facade commits only at the end, so exiting keeps the last commit), then the report.
 */
final class IndexRun {

  private IndexRun() {}

  static IndexSummary run(CliContext context, Engine engine, List<Path> paths, boolean rebuild, boolean json) throws IOException {
    boolean showProgress = context.errTerminal() && !"dumb".equals(context.env().get("TERM"));
    ProgressBar bar = showProgress ? new ProgressBar(context.err(), context.columns()) : null;
    Thread onInterrupt = new Thread(() -> {
      if (bar != null) {
        bar.clear();
      }
      context.err().println("alsoread: interrupted; the index keeps its last commit (run `alsoread index` again to finish)");
      context.err().flush();
    }, "alsoread-interrupt");
    Runtime.getRuntime().addShutdownHook(onInterrupt);
    IndexSummary summary;
    try {
      summary = engine.index(paths, rebuild, bar == null ? IndexListener.NONE : bar);
    } finally {
      removeHook(onInterrupt);
      if (bar != null) {
        bar.clear();
      }
    }
    if (json) {
      new JsonOutput(context.out(), context.outTerminal()).index(summary);
    } else {
      report(context, summary);
    }
    return summary;
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is already shutting down: the hook reports the interruption
    }
  }

  private static void report(CliContext context, IndexSummary summary) {
    HumanOutput human = HumanOutput.stdout(context);
    human.wrapped(0, IndexReport.summary(summary));
    human.flush();
    int cap = context.errTerminal() ? IndexReport.TERMINAL_CAP : Integer.MAX_VALUE;
    for (String line : IndexReport.issues(summary, context.workingDir(), cap, Style.of(context.errColour()))) {
      context.err().println(Layout.terminalSafe(line, Style.of(context.errColour())));
    }
    context.err().flush();
  }
}
