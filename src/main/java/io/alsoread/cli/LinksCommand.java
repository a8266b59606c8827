package io.alsoread.cli;

import io.alsoread.Neighbourhood;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code alsoread links}: the link neighbourhood of a URL, indexed or not. */
@Command(
    name = "links",
    mixinStandardHelpOptions = true,
    description = {
        "Show the link neighbourhood of a URL, indexed or not: its outgoing \"Also read\" links "
            + "(each resolved or dangling) and the articles linking to it, with their anchor titles."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  alsoread links https://example.com/fix-printer-offline/",
        "  alsoread links https://example.com/not-crawled-yet/ --in   (who links to it)",
        "  alsoread links https://example.com/fix-printer-offline/ --out --json"})
final class LinksCommand implements Callable<Integer> {

  @ParentCommand
  AlsoReadCommand parent;

  @Mixin
  CommonOptions common;

  @Parameters(paramLabel = "URL", description = "Any URL.")
  String url;

  @ArgGroup(exclusive = true)
  Direction direction;

  /** {@code --in} or {@code --out}; neither means both. */
  static final class Direction {
    @Option(names = "--in", required = true, description = "Only inbound links.")
    boolean in;

    @Option(names = "--out", required = true, description = "Only outgoing links.")
    boolean out;
  }

  @Override
  public Integer call() throws IOException {
    CliContext context = parent.context();
    boolean showOut = direction == null || direction.out;
    boolean showIn = direction == null || direction.in;
    try (Engine engine = Indexes.openForOneRequest(context, parent.indexDir(common))) {
      Neighbourhood links = engine.links(url);
      if (parent.json(common)) {
        Neighbourhood shown = new Neighbourhood(links.url(), links.indexed(), showOut ? links.out() : List.of(), showIn ? links.in() : List.of());
        new JsonOutput(context.out(), context.outTerminal()).links(shown);
      } else {
        new ArticlePrinter(HumanOutput.stdout(context), context.workingDir()).links(links, showOut, showIn);
      }
    }
    return ExitCodes.OK;
  }
}
